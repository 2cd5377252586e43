namespace Analytics.Ingest.Text.Encodings;

/// <summary>TCVN 5712:1993 "VN3" (ABC; fonts .VnTime, .VnArial): one byte per precomposed letter in
/// 0xA1–0xFE. Word text in those fonts comes out as the Latin-1 characters of the bytes, e.g.
/// "KÕ ho¹ch c¶i tiÕn chÊt l­îng" for "Kế hoạch cải tiến chất lượng".</summary>
public static class Tcvn3Decoder
{
    // Byte → letter, from the standard's code table (lower-case letters; capitals with marks live in the
    // separate upper-case fonts, which reuse these codes).
    private static readonly (int Code, char Letter)[] Table =
    [
        (0xA1, 'Ă'), (0xA2, 'Â'), (0xA3, 'Ê'), (0xA4, 'Ô'), (0xA5, 'Ơ'), (0xA6, 'Ư'), (0xA7, 'Đ'),
        (0xA8, 'ă'), (0xA9, 'â'), (0xAA, 'ê'), (0xAB, 'ô'), (0xAC, 'ơ'), (0xAD, 'ư'), (0xAE, 'đ'),
        (0xB5, 'à'), (0xB6, 'ả'), (0xB7, 'ã'), (0xB8, 'á'), (0xB9, 'ạ'),
        (0xBB, 'ằ'), (0xBC, 'ẳ'), (0xBD, 'ẵ'), (0xBE, 'ắ'), (0xC6, 'ặ'),
        (0xC7, 'ầ'), (0xC8, 'ẩ'), (0xC9, 'ẫ'), (0xCA, 'ấ'), (0xCB, 'ậ'),
        (0xCC, 'è'), (0xCE, 'ẻ'), (0xCF, 'ẽ'), (0xD0, 'é'), (0xD1, 'ẹ'),
        (0xD2, 'ề'), (0xD3, 'ể'), (0xD4, 'ễ'), (0xD5, 'ế'), (0xD6, 'ệ'),
        (0xD7, 'ì'), (0xD8, 'ỉ'), (0xDC, 'ĩ'), (0xDD, 'í'), (0xDE, 'ị'),
        (0xDF, 'ò'), (0xE1, 'ỏ'), (0xE2, 'õ'), (0xE3, 'ó'), (0xE4, 'ọ'),
        (0xE5, 'ồ'), (0xE6, 'ổ'), (0xE7, 'ỗ'), (0xE8, 'ố'), (0xE9, 'ộ'),
        (0xEA, 'ờ'), (0xEB, 'ở'), (0xEC, 'ỡ'), (0xED, 'ớ'), (0xEE, 'ợ'),
        (0xEF, 'ù'), (0xF1, 'ủ'), (0xF2, 'ũ'), (0xF3, 'ú'), (0xF4, 'ụ'),
        (0xF5, 'ừ'), (0xF6, 'ử'), (0xF7, 'ữ'), (0xF8, 'ứ'), (0xF9, 'ự'),
        (0xFA, 'ỳ'), (0xFB, 'ỷ'), (0xFC, 'ỹ'), (0xFD, 'ý'), (0xFE, 'ỵ'),
    ];

    private static readonly char[] Map = BuildMap();

    private static char[] BuildMap()
    {
        var map = new char[256];
        foreach (var (code, letter) in Table) map[code] = letter;
        return map;
    }

    /// <summary>True for a character that is a TCVN3 letter code when read as Latin-1.</summary>
    public static bool IsCode(char c) => c < 256 && Map[c] != '\0';

    /// <summary>Decodes; letters in an otherwise upper-case word are put in upper case (the upper-case fonts).</summary>
    public static string Decode(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < 256 && Map[chars[i]] is var letter and not '\0') chars[i] = letter;
        }
        return LegacyCase.UpperInCapitalWords(chars, text);
    }
}
