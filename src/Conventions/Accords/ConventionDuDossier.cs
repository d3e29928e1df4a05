using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace Conventions.Accords;

/// <summary>
/// R03: the convention an approved dossier leads to, drawn up from the dossier's data as its form says
/// (<see cref="ConventionDuFormulaire"/>): its parties with their company numbers and referents, the period it
/// proposed, its bassin; and the names the dossier gives to each party's signatories. One convention per dossier.
/// </summary>
public static class ConventionDuDossier
{
    /// <summary>The convention of <paramref name="dossier"/> always has this id: drawing it up twice finds the first.</summary>
    public static ConventionId IdDe(DossierId dossier) => new(new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"convention|{dossier}"))[..16]));

    /// <summary>Drafts the convention of an approved dossier; a party the dossier leaves incomplete is a <see cref="RegleMetierException"/> naming it.</summary>
    public static Convention Rediger(DossierDeProposition dossier, FormulaireDeDossier formulaire, TypeDeConvention type, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(type);
        var contenu = ContenuDuFormulaire.Lire(dossier.Champs, formulaire);
        return Convention.Rediger(
            IdDe(dossier.Id), type, contenu.Parties, contenu.Parametres, Convention.EmpreinteDuContenu(type, contenu.Parties, contenu.Parametres, contenu.FichesActions), par, maintenant, contenu.Bassin, contenu.FichesActions, dossier);
    }

    /// <summary>R23: the names the dossier gives to each party's signatories, by party and function (to suggest whom to designate).</summary>
    public static IReadOnlyDictionary<(string Partie, string Fonction), string> NomsDesSignataires(Convention convention, DossierDeProposition dossier, FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(formulaire);
        return ContenuDuFormulaire.NomsDesSignataires(convention.Parties, dossier.Champs, formulaire);
    }
}
