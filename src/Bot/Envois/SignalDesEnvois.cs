using System.Threading.Channels;

namespace TeamsConventions.Bot.Envois;

/// <summary>Wakes this instance's outbox worker as soon as something is deposited, rather than at its next tick.</summary>
public sealed class SignalDesEnvois
{
    private readonly Channel<bool> _reveils = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Reveiller() => _reveils.Writer.TryWrite(true);

    public async Task AttendreAsync(CancellationToken cancellationToken) => await _reveils.Reader.ReadAsync(cancellationToken);
}
