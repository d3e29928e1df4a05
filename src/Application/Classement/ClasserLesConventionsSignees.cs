using System.Globalization;
using System.Security.Cryptography;
using Conventions.Accords;

namespace TeamsConventions.Application.Classement;

/// <summary>
/// Files each signed convention's document with its metadata, once: a convention already recorded as filed is
/// left alone, and a run after a crash finds in the library what the previous one put there.
/// </summary>
public sealed class ClasserLesConventionsSignees(IConventionsSignees signees, IClassements classements, Accords.IConventions conventions, IRenduDesConventions rendu, IBibliothequeDeClassement bibliotheque)
{
    public const string StatutEnVigueur = "En vigueur";

    /// <summary>The document's key among the convention's filed documents: its version.</summary>
    public static string Cle(Convention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return $"convention-v{convention.Version.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The signed conventions whose document is not filed yet.</summary>
    public async Task<IReadOnlyList<ConventionId>> DuesAsync(CancellationToken cancellationToken)
    {
        var dues = new List<ConventionId>();
        foreach (var id in await signees.SigneesAsync(cancellationToken))
        {
            if (await conventions.ChargerAsync(id, cancellationToken) is { DateDeSignature: not null } convention
                && await classements.TrouverAsync(id, Cle(convention), cancellationToken) is null)
            {
                dues.Add(id);
            }
        }

        return dues;
    }

    /// <summary>Files the convention's signed document; what was filed, or null when there is nothing (left) to file.</summary>
    public async Task<DocumentClasse?> ExecuterAsync(ConventionId id, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { DateDeSignature: not null } convention
            || await classements.TrouverAsync(id, Cle(convention), cancellationToken) is not null)
        {
            return null;
        }

        var octets = rendu.Document(convention);
        var metadonnees = new MetadonneesDeClassement(
            convention.Id,
            convention.Type.Code,
            string.Join(" — ", convention.Parties.Select(p => p.Nom)),
            convention.Signatures.Max(s => s.Le),
            StatutEnVigueur,
            convention.Dossier?.ToString(),
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)));
        var classe = await bibliotheque.ClasserAsync(new DocumentAClasser($"{convention.Type.Code}-v{convention.Version.ToString(CultureInfo.InvariantCulture)}.docx", octets, metadonnees), cancellationToken);
        await classements.EnregistrerAsync(id, Cle(convention), classe, cancellationToken);
        return classe;
    }
}
