namespace TeamsConventions.Testing;

/// <summary>A clock a test moves (past a deadline, say); delays and timers still really elapse.</summary>
public sealed class HorlogeReglable(DateTimeOffset maintenant) : TimeProvider
{
    public DateTimeOffset Maintenant { get; set; } = maintenant;

    public override DateTimeOffset GetUtcNow() => Maintenant.ToUniversalTime();
}
