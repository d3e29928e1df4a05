using Conventions.Erreurs;

namespace Conventions.Membres;

/// <summary>A person, identified by their Entra object id (a GUID), the only identity that is stable across Teams.</summary>
public readonly record struct MembreId
{
    private MembreId(Guid valeur) => Valeur = valeur;

    public Guid Valeur { get; }

    /// <summary>The application itself, for what it does on its own (a vote closed at its deadline).</summary>
    public static MembreId Systeme { get; } = new(new Guid("00000000-0000-0000-0000-00000000c0de"));

    public static MembreId Depuis(string? entraObjectId) =>
        Guid.TryParse(entraObjectId, out var guid) && guid != Guid.Empty
            ? new MembreId(guid)
            : throw new RegleMetierException(CodesErreur.MembreIdInvalide, entraObjectId ?? string.Empty);

    public static bool EssayerDepuis(string? entraObjectId, out MembreId membre)
    {
        membre = Guid.TryParse(entraObjectId, out var guid) && guid != Guid.Empty ? new MembreId(guid) : default;
        return membre.Valeur != Guid.Empty;
    }

    /// <summary>
    /// Someone outside the organisation, known by their e-mail address only: a stable id derived from it (a name-based
    /// UUID, version 5), which no Entra object id (random, version 4) can be.
    /// </summary>
    public static MembreId DeLAdresse(Valeurs.AdresseMail adresse)
    {
        var octets = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("courriel:" + adresse.Valeur.ToUpperInvariant()))[..16];
        octets[7] = (byte)((octets[7] & 0x0F) | 0x50);
        octets[8] = (byte)((octets[8] & 0x3F) | 0x80);
        return new MembreId(new Guid(octets));
    }

    public override string ToString() => Valeur.ToString("D");
}
