using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Tells how a page image is turned: the number of clockwise quarter turns (0–3) that make its
/// text upright, 0 when unsure.</summary>
internal interface IOrientationDetector
{
    int QuarterTurnsToUpright(PixHandle gray, int resolution);
}
