using System.Globalization;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

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
        var regle = formulaire.Convention ?? throw new RegleMetierException(CodesErreur.TypeInconnu, formulaire.Type);
        string? Valeur(string? champ) => champ is null ? null : dossier.Champs.GetValueOrDefault(champ) is { Length: > 0 } v ? v : null;
        var parties = regle.Parties.Select(p => new Partie(
            p.Role,
            p.NomFixe ?? Valeur(p.Nom) ?? throw new RegleMetierException(CodesErreur.ChampRequis, formulaire.Definition(p.Nom ?? string.Empty)?.Libelle ?? p.Role),
            p.Referent is { } r && Valeur(r.Nom) is { } nom && Valeur(r.Mail) is { } mail && Valeur(r.Telephone) is { } telephone
                ? new Referent(nom, AdresseMail.Depuis(mail), Telephone.Depuis(telephone))
                : null,
            Valeur(p.Bce) is { } bce ? NumeroBce.Depuis(bce) : null)).ToList();
        var periode = Valeur(regle.Debut) is { } debut && Valeur(regle.Fin) is { } fin
            ? new Periode(DateOnly.Parse(debut, CultureInfo.InvariantCulture), DateOnly.Parse(fin, CultureInfo.InvariantCulture))
            : (Periode?)null;
        var parametres = new ParametresDeDuree(PeriodeProposee: periode);
        return Convention.Rediger(IdDe(dossier.Id), type, parties, parametres, Convention.EmpreinteDuContenu(type, parties, parametres, []), par, maintenant, Valeur(regle.Bassin), dossier: dossier);
    }

    /// <summary>R23: the names the dossier gives to each party's signatories, by party and function (to suggest whom to designate).</summary>
    public static IReadOnlyDictionary<(string Partie, string Fonction), string> NomsDesSignataires(Convention convention, DossierDeProposition dossier, FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(formulaire);
        var noms = new Dictionary<(string, string), string>();
        foreach (var (regle, partie) in (formulaire.Convention?.Parties ?? []).Zip(convention.Parties))
        {
            foreach (var (fonction, champ) in regle.Signataires ?? new Dictionary<string, string>())
            {
                if (dossier.Champs.GetValueOrDefault(champ) is { Length: > 0 } nom)
                {
                    noms[(partie.Nom, fonction)] = nom;
                }
            }
        }

        return noms;
    }
}
