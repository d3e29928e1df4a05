using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>A draft with what gives it meaning: its kind's form and the kind itself.</summary>
public sealed record ProjetOuvert(ProjetDeConvention Projet, FormulaireDeDossier Formulaire, TypeDeConvention Type);

/// <summary>
/// Drafting in chat a convention of a kind without a call (<see cref="ProjetDeConvention"/>): started by whoever asks,
/// saved step by step by its drafters, drawn up complete as the convention whose signature round they then run.
/// Returns null for a draft that is gone; a broken rule is a <see cref="RegleMetierException"/>, nothing recorded.
/// </summary>
public sealed class RedactionDUneConvention(IProjetsDeConvention projets, IConventions conventions, CatalogueDesConventions catalogue, TimeProvider timeProvider)
{
    /// <summary>The kinds one drafts in chat (those applied for through a call come from their approved dossier).</summary>
    public IReadOnlyList<TypeDeConvention> Types() =>
        [.. catalogue.FormulairesDeConvention.Keys.Order(StringComparer.Ordinal).Select(catalogue.Type)];

    public async Task<ProjetOuvert> CommencerAsync(string type, Redacteur par, CancellationToken cancellationToken)
    {
        var formulaire = catalogue.FormulairesDeConvention.GetValueOrDefault(type ?? string.Empty) ?? throw new RegleMetierException(CodesErreur.TypeInconnu, type ?? string.Empty);
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), formulaire, par, timeProvider.GetUtcNow());
        await projets.CreerAsync(projet, cancellationToken);
        return Ouvert(projet);
    }

    /// <summary>The drafts <paramref name="membre"/> is drafting, not yet drawn up.</summary>
    public async Task<IReadOnlyList<ProjetOuvert>> BrouillonsAsync(MembreId membre, CancellationToken cancellationToken) =>
        [.. (await projets.DuRedacteurAsync(membre, cancellationToken)).Select(Ouvert)];

    public async Task<ProjetOuvert?> OuvrirAsync(ConventionId id, CancellationToken cancellationToken) =>
        await projets.ChargerAsync(id, cancellationToken) is { } projet ? Ouvert(projet) : null;

    public async Task<(ProjetOuvert Projet, ResultatDeSaisie Resultat)?> EnregistrerAsync(
        ConventionId id, IReadOnlyList<Saisie> saisies, (string Tableau, string Ligne)? ligneASupprimer, MembreId par, CancellationToken cancellationToken)
    {
        ResultatDeSaisie? resultat = null;
        var maintenant = timeProvider.GetUtcNow();
        var projet = await projets.ModifierAsync(id, p => resultat = p.Enregistrer(Formulaire(p), saisies, ligneASupprimer, par, maintenant), cancellationToken);
        return projet is not null && resultat is not null ? (Ouvert(projet), resultat) : null;
    }

    public async Task<ProjetOuvert?> AjouterRedacteurAsync(ConventionId id, Redacteur invite, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        return await projets.ModifierAsync(id, p => p.AjouterRedacteur(invite, par, maintenant), cancellationToken) is { } projet ? Ouvert(projet) : null;
    }

    /// <summary>
    /// Draws the convention up from the complete draft, once: the convention is stored first, then the draft marked
    /// drawn up, so that a failure in between is finished by the next press. Its drafters find it in their conventions.
    /// </summary>
    public async Task<Convention?> RedigerAsync(ConventionId id, MembreId par, CancellationToken cancellationToken)
    {
        if (await projets.ChargerAsync(id, cancellationToken) is not { } lu)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var convention = await conventions.ChargerAsync(id, cancellationToken);
        if (convention is null)
        {
            convention = lu.Rediger(Formulaire(lu), catalogue.Type(lu.Type), par, maintenant);
            if (!await conventions.CreerAsync(convention, cancellationToken))
            {
                // Drawn up meanwhile by a co-drafter's press: theirs stands.
                convention = await conventions.ChargerAsync(id, cancellationToken) ?? convention;
            }
        }

        var projet = await projets.ModifierAsync(id, p =>
        {
            if (!p.Redige)
            {
                _ = p.Rediger(Formulaire(p), catalogue.Type(p.Type), par, maintenant);
            }
        }, cancellationToken) ?? lu;
        foreach (var redacteur in projet.Redacteurs)
        {
            await conventions.AssocierAsync(id, redacteur.Membre, cancellationToken);
        }

        return convention;
    }

    /// <summary>R23: the names the draft gives to each party's signatories, to suggest whom to designate.</summary>
    public async Task<IReadOnlyDictionary<(string Partie, string Fonction), string>> NomsDesSignatairesAsync(Convention convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return await projets.ChargerAsync(convention.Id, cancellationToken) is { } projet
            ? ContenuDuFormulaire.NomsDesSignataires(convention.Parties, projet.Champs, Formulaire(projet))
            : new Dictionary<(string, string), string>();
    }

    private ProjetOuvert Ouvert(ProjetDeConvention projet) => new(projet, Formulaire(projet), catalogue.Type(projet.Type));

    private FormulaireDeDossier Formulaire(ProjetDeConvention projet) =>
        catalogue.FormulairesDeConvention.GetValueOrDefault(projet.Type) ?? throw new RegleMetierException(CodesErreur.TypeInconnu, projet.Type);
}
