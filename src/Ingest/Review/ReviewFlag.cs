namespace Analytics.Ingest.Review;

/// <summary>One field of one plan that needs a person's review: which plan (its id, source and position in
/// the source, from 1), which field (null: the plan as a whole, as for restored text), why, the value as
/// stored, a detail in the reader's words (the regulation's name, the confidence…) and whether a person has
/// already corrected or confirmed it.</summary>
public sealed record ReviewFlag(string PlanId, string Source, int Plan, string? School, FieldPath? Field, ReviewReason Reason, string? Value, string? Detail, bool Resolved);
