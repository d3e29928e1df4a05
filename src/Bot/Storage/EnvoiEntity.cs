using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// One notification of the outbox. PK <c>a-faire</c> while it waits (RK = its key), then <c>fait</c> once delivered
/// or given up, so that the worker's scan reads only what waits. The message is stored rendered, once per language
/// it may be read in (UTF-8 JSON of the activity).
/// </summary>
public sealed class EnvoiEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Where it goes and whom to tell if it cannot get there (JSON).</summary>
    public string? Routage { get; set; }

    public byte[]? ActiviteFr { get; set; }

    public byte[]? ActiviteEn { get; set; }

    /// <summary>What the message is about, in the organisation's language, for a failure report.</summary>
    public string? Objet { get; set; }

    public DateTimeOffset? DeposeLe { get; set; }

    public DateTimeOffset? Prochaine { get; set; }

    public int Tentatives { get; set; }

    public string? DerniereErreur { get; set; }

    /// <summary>
    /// Waiting for the bot to learn its destination — a channel (the bot installed in the team), or a person the app
    /// was installed for: tried as soon as a channel or a person becomes known.
    /// </summary>
    public bool? EnAttenteDeLaDestination { get; set; }

    /// <summary>The app was installed for the person it goes to (who had never opened it): asked once.</summary>
    public bool? InstallationDemandee { get; set; }

    /// <summary>For an e-mail: the message rendered (JSON of its address, subject and bodies).</summary>
    public string? Courriel { get; set; }

    /// <summary>On <c>fait</c> rows: <c>Livre</c> or <c>Abandonne</c>.</summary>
    public string? Issue { get; set; }
}
