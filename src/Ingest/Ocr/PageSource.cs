using Analytics.Ingest.Ocr.Imaging;

namespace Analytics.Ingest.Ocr;

/// <summary>One page to recognise, decoded only when a worker is ready for it so that no more than one
/// decoded image per worker is ever held. Number is 1-based within the document.</summary>
internal sealed record PageSource(int Number, Func<Result<DecodedPage>> Decode);
