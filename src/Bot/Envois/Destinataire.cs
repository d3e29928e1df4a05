using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Envois;

/// <summary>Where a notification goes: a person 1:1, a team channel (as a new post), or a reply in a thread.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "a")]
[JsonDerivedType(typeof(Personne), "personne")]
[JsonDerivedType(typeof(Canal), "canal")]
[JsonDerivedType(typeof(Fil), "fil")]
public abstract record Destinataire
{
    /// <summary>A person, by Entra object id, with the name to use when they cannot be reached.</summary>
    public sealed record Personne(string Membre, string? Nom) : Destinataire;

    /// <summary>A team channel; it waits until the bot knows the channel (installed in the team, a message seen).</summary>
    public sealed record Canal(string Equipe, string Id, string? Nom) : Destinataire;

    public sealed record Fil(string ServiceUrl, string ConversationId, string ActivityId) : Destinataire;
}

/// <summary>A notification's destination, and who is told when it cannot be delivered.</summary>
public sealed record Routage(Destinataire Vers, IReadOnlyList<Destinataire> SignalerA);
