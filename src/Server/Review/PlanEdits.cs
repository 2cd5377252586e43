using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Analytics.Server.Store;
using Npgsql;

namespace Analytics.Server.Review;

/// <summary>Corrections and deletions in server mode. Each is checked against the account (its role, and the
/// plan within its units, as for reading) and commits in one transaction with the rewritten source (a new
/// change-feed number, so every web node's index follows) and its audit entry (who, when, what).</summary>
public sealed class PlanEdits(NpgsqlDataSource database)
{
    public enum Refusal { None, NotFound, NotAllowed, Invalid }

    /// <summary>Corrects one field of plan <paramref name="plan"/> (from 1) of a stored source.</summary>
    public (Refusal Refusal, string? Error) Correct(Account account, string source, int plan, string field, string? value)
    {
        if (!Roles.MayCorrect(account.Role)) return (Refusal.NotAllowed, null);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var stored = Locked(connection, transaction, source);
        if (stored is null || !stored.Records.Any(account.Sees)) return (Refusal.NotFound, null);
        if (plan >= 1 && plan <= stored.Records.Count && !account.Sees(stored.Records[plan - 1])) return (Refusal.NotFound, null);
        var correction = CorrectionDesk.Prepare(stored, source, plan, field, value, account.Name, DateTimeOffset.UtcNow);
        if (!correction.IsSuccess) return (Refusal.Invalid, correction.Error);
        // A place field corrected to another unit would hand the plan to another commune's office (and its
        // author could not see it to undo the change): only an account that sees the result may make it.
        if (!account.Sees(CorrectionApplier.Apply(stored, [correction.Value]).Records[plan - 1]))
            return (Refusal.Invalid, "this correction would move the plan out of your units");
        CorrectionRows.Add(connection, transaction, source, correction.Value);
        SourceRows.Write(connection, transaction, stored);
        var c = correction.Value;
        AuditLog.Write(connection, transaction, account.Name, "correct", $"{source} #{plan} {c.Field}: \"{c.Original}\" → \"{c.Value}\"");
        transaction.Commit();
        return (Refusal.None, null);
    }

    /// <summary>Deletes a stored source (its plans leave every index; its corrections are kept, for a re-upload).</summary>
    public Refusal Delete(Account account, string source)
    {
        if (!Roles.MayDelete(account.Role)) return Refusal.NotAllowed;
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var stored = Locked(connection, transaction, source);
        // Every plan of the file must be the account's: one file is deleted whole.
        if (stored is null || stored.Records.Count == 0 || !stored.Records.All(account.Sees)) return Refusal.NotFound;
        SourceRows.Delete(connection, transaction, source);
        AuditLog.Write(connection, transaction, account.Name, "delete", $"{source} ({stored.Records.Count} plans: {string.Join(", ", stored.Records.Select(r => r.School.Name))})");
        transaction.Commit();
        return Refusal.None;
    }

    /// <summary>The stored source, its row locked until the transaction ends (two corrections of one source
    /// take turns, so neither is lost). The change-feed turn is taken first, in the order every writer takes
    /// the two locks, so an edit and a worker storing the same source cannot deadlock.</summary>
    private static StoredSource? Locked(NpgsqlConnection connection, NpgsqlTransaction transaction, string source)
    {
        SourceRows.TakeFeedTurn(connection, transaction);
        using var command = new NpgsqlCommand("SELECT 1 FROM sources WHERE source = @s AND NOT deleted FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("s", source);
        if (command.ExecuteScalar() is null) return null;
        return SourceRows.Read(connection, "s.source = @s AND NOT s.deleted", ("s", source)).SingleOrDefault();
    }
}
