using System.Threading.Channels;

namespace TeamsConventions.Bot.Envois;

/// <summary>Wakes this instance's outbox worker as soon as something is deposited, rather than at its next tick.</summary>
public sealed class SignalDesEnvois : Teams.IEcouteDesDestinations
{
    private readonly Channel<bool> _reveils = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int _destinationApprise;

    public void Reveiller() => _reveils.Writer.TryWrite(true);

    /// <summary>The bot just learned a team's channels, or a person who installed the app: what waited for them is tried at once.</summary>
    public void DestinationApprise()
    {
        Interlocked.Exchange(ref _destinationApprise, 1);
        Reveiller();
    }

    /// <summary>Whether a channel or a person was learned since the last call.</summary>
    public bool PrendreDestinationApprise() => Interlocked.Exchange(ref _destinationApprise, 0) == 1;

    public async Task AttendreAsync(CancellationToken cancellationToken) => await _reveils.Reader.ReadAsync(cancellationToken);
}
