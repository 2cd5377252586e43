namespace Analytics.Ingest.Review;

/// <summary>Why a field needs a person's look before its value is trusted.</summary>
public enum ReviewReason
{
    /// <summary>Read from a scanned table cell that OCR was unsure of.</summary>
    LowOcrConfidence,
    /// <summary>The plan's text was repaired (diacritics restored, legacy encoding converted, OCR damage mended).</summary>
    RestoredText,
    /// <summary>A budget is written but no amount could be read from it.</summary>
    UnreadAmount,
    /// <summary>A timeline is written but no month or year could be read from it.</summary>
    UnreadDate,
    /// <summary>The criterion's name as written is not the regulation's name for that number (or the number is not in its list).</summary>
    CriterionNameMismatch,
}

/// <summary>The reasons' names: one home for the CLI's English and the workspace's Vietnamese.</summary>
public static class ReviewReasonNames
{
    public static string English(ReviewReason reason) => reason switch
    {
        ReviewReason.LowOcrConfidence => "low OCR confidence",
        ReviewReason.RestoredText => "restored text",
        ReviewReason.UnreadAmount => "amount not read",
        ReviewReason.UnreadDate => "date not read",
        ReviewReason.CriterionNameMismatch => "criterion name differs from the regulation",
        _ => reason.ToString(),
    };

    public static string Vietnamese(ReviewReason reason) => reason switch
    {
        ReviewReason.LowOcrConfidence => "Nhận dạng ảnh (OCR) không chắc chắn",
        ReviewReason.RestoredText => "Văn bản đã được khôi phục dấu / sửa lỗi",
        ReviewReason.UnreadAmount => "Không đọc được số tiền",
        ReviewReason.UnreadDate => "Không đọc được thời gian",
        ReviewReason.CriterionNameMismatch => "Tên tiêu chí khác danh mục của thông tư",
        _ => reason.ToString(),
    };
}
