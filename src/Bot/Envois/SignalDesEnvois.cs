using System.Threading.Channels;

namespace TeamsConventions.Bot.Envois;

/// <summary>Wakes this instance's outbox worker as soon as something is deposited, rather than at its next tick.</summary>
public sealed class SignalDesEnvois : Teams.IEcouteDesCanaux
{
    private readonly Channel<bool> _reveils = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int _canalAppris;

    public void Reveiller() => _reveils.Writer.TryWrite(true);

    /// <summary>The bot just learned a team's channels: what waited for a channel is tried at once.</summary>
    public void CanalAppris()
    {
        Interlocked.Exchange(ref _canalAppris, 1);
        Reveiller();
    }

    /// <summary>Whether a channel was learned since the last call.</summary>
    public bool PrendreCanalAppris() => Interlocked.Exchange(ref _canalAppris, 0) == 1;

    public async Task AttendreAsync(CancellationToken cancellationToken) => await _reveils.Reader.ReadAsync(cancellationToken);
}
