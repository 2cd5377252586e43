namespace Analytics.Ingest;

/// <summary>An expected outcome as a value: either a result or the reason there is none.
/// Unreadable files, unparseable budgets and the like come back as failures, never as exceptions.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public string? Error { get; }
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static Result<T> Success(T value) => new(value, null);
    public static Result<T> Failure(string reason) => new(default, reason);

    public static implicit operator Result<T>(T value) => Success(value);
}
