namespace TeamsConventions.Testing;

/// <summary>A clock that always says the same day but whose delays and timers really elapse (unlike a fake clock that must be advanced).</summary>
public sealed class HorlogeFixe(DateTimeOffset maintenant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => maintenant.ToUniversalTime();
}
