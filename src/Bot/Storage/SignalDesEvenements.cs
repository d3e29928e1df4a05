using System.Threading.Channels;

namespace TeamsConventions.Bot.Storage;

/// <summary>Fires when a convention event is written, so that this instance's job acting on it starts at once rather than at its next tick.</summary>
public sealed class SignalDesEvenements
{
    private readonly Channel<bool> _reveils = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Reveiller() => _reveils.Writer.TryWrite(true);

    public async Task AttendreAsync(CancellationToken cancellationToken) => await _reveils.Reader.ReadAsync(cancellationToken);
}
