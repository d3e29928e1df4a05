using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Envois;

/// <summary>Where a notification goes: a person 1:1, a team channel (as a new post), a reply in a thread, or an e-mail address.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "a")]
[JsonDerivedType(typeof(Personne), "personne")]
[JsonDerivedType(typeof(Canal), "canal")]
[JsonDerivedType(typeof(Fil), "fil")]
[JsonDerivedType(typeof(Courriel), "courriel")]
public abstract record Destinataire
{
    /// <summary>A person, by Entra object id, with the name to use when they cannot be reached.</summary>
    public sealed record Personne(string Membre, string? Nom) : Destinataire;

    /// <summary>A team channel; it waits until the bot knows the channel (installed in the team, a message seen).</summary>
    public sealed record Canal(string Equipe, string Id, string? Nom) : Destinataire;

    public sealed record Fil(string ServiceUrl, string ConversationId, string ActivityId) : Destinataire;

    /// <summary>An e-mail address, for a person Teams cannot reach; sent from the organisation's mailbox.</summary>
    public sealed record Courriel(string Adresse, string? Nom) : Destinataire;
}

/// <summary>A notification's destination, and who is told when it cannot be delivered.</summary>
public sealed record Routage(Destinataire Vers, IReadOnlyList<Destinataire> SignalerA);
