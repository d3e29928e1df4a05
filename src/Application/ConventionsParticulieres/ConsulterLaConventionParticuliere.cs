using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>A particular convention with the committee that drafts it and its form.</summary>
public sealed record ConventionParticuliereOuverte(ProjetDeConventionParticuliere Projet, Comite Comite, FormulaireDeConventionParticuliere Formulaire)
{
    public string Intitule => Projet.Intitule(Formulaire);
}

/// <summary>What a committee sees of particular conventions: one with its committee and form, those it drafted, those it validates.</summary>
public sealed class ConsulterLaConventionParticuliere(IConventionsParticulieres conventions, IComites comites, CatalogueDesConventions catalogue)
{
    public async Task<ConventionParticuliereOuverte?> ExecuterAsync(ConventionParticuliereId id, CancellationToken cancellationToken) =>
        await conventions.ChargerAsync(id, cancellationToken) is { } projet ? await AvecSonComiteAsync(projet, cancellationToken) : null;

    /// <summary>A draft already read, with its committee and form; null when either is gone.</summary>
    public async Task<ConventionParticuliereOuverte?> AvecSonComiteAsync(ProjetDeConventionParticuliere projet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projet);
        return await comites.ChargerAsync(projet.Comite, cancellationToken) is { } comite && catalogue.ConventionsParticulieres.GetValueOrDefault(projet.Type) is { } formulaire
            ? new ConventionParticuliereOuverte(projet, comite, formulaire)
            : null;
    }

    /// <summary>
    /// In the place of a committee: the particular conventions it drafted (newest first), or, for a committee that
    /// validates them, those awaiting its validation. Null when no committee sits there.
    /// </summary>
    public async Task<(Comite Comite, bool Valide, IReadOnlyList<ConventionParticuliereOuverte> Conventions)?> DuLieuAsync(LieuDuComite lieu, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var valide = catalogue.ConventionsParticulieres.Values.Any(f => f.Validation == comite.Statuts.Code);
        var lues = valide ? await conventions.AValiderAsync(cancellationToken) : await conventions.DuComiteAsync(comite.Id, cancellationToken);
        var ouvertes = new List<ConventionParticuliereOuverte>();
        foreach (var projet in lues.Reverse())
        {
            if (await AvecSonComiteAsync(projet, cancellationToken) is { } ouverte && (!valide || ouverte.Formulaire.Validation == comite.Statuts.Code))
            {
                ouvertes.Add(ouverte);
            }
        }

        return (comite, valide, ouvertes);
    }
}
