namespace Analytics.Server.Accounts;

/// <summary>Lets one sign-in at a time check a given name on this node, so a burst of parallel guesses is counted
/// one after another and the lockout stops it at the fifth (Identity reads the count, checks the password, then
/// adds one: guesses read together would all be checked). Names share a fixed set of locks by hash, so a spray of
/// invented names costs no memory. Across web nodes a burst can still get one guess per node before the lockout.</summary>
public static class LoginGate
{
    private static readonly SemaphoreSlim[] Locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public static async Task<T> Serialized<T>(string normalizedName, Func<Task<T>> signIn)
    {
        var gate = Locks[(int)((uint)StringComparer.Ordinal.GetHashCode(normalizedName) % (uint)Locks.Length)];
        await gate.WaitAsync();
        try
        {
            return await signIn();
        }
        finally
        {
            gate.Release();
        }
    }
}
