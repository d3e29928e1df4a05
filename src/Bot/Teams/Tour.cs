using Conventions.Membres;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams;

/// <summary>One inbound activity with what we derive from it: the sender's language and identity.</summary>
public sealed class Tour(Activity activity, Textes textes)
{
    public Activity Activity { get; } = activity;

    public Textes Textes { get; } = textes;

    /// <summary>The sender's Entra identity; null when Teams did not send it (never taken from card data).</summary>
    public MembreId? Membre => MembreId.EssayerDepuis(Activity.From?.AadObjectId, out var membre) ? membre : null;
}
