namespace TeamsConventions.Testing;

/// <summary>Waits for what a background worker does (the outbox) to become visible, failing after a while rather than hanging.</summary>
public static class Attendre
{
    public static Task QueAsync(Func<bool> condition, int secondes = 20) => QueAsync(() => Task.FromResult(condition()), secondes);

    public static async Task QueAsync(Func<Task<bool>> condition, int secondes = 20)
    {
        ArgumentNullException.ThrowIfNull(condition);
        for (var essai = 0; essai < secondes * 10; essai++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The awaited condition never came true.");
    }
}
