using Conventions.Catalogue;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>A convention's draft as its step cards edit it: its kind's form, its required fields, no call to bound its dates.</summary>
public sealed record VueDuProjet(ProjetOuvert Ouvert) : ISaisieEnCours
{
    public FormulaireDeDossier Formulaire => Ouvert.Formulaire;

    public IReadOnlyDictionary<string, string> Champs => Ouvert.Projet.Champs;

    public string Verbe => Verbes.ProjetDeConvention;

    public DonneesDeDossier Designation => new() { Projet = Ouvert.Projet.Id.ToString() };

    public bool EstObligatoire(string champ) => Formulaire.Definition(champ)?.Requis ?? Formulaire.Champs.Any(c => c.Id == champ && c.Requis);

    public int IndexDe(string? etape) => Formulaire.IndexDe(etape);

    public (DateOnly? Min, DateOnly? Max) Bornes(DefinitionDeChamp champ) => (null, null);

    public IEnumerable<CardElement> Entete(Textes textes, string titre, int? etape = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        yield return CardParts.Titre(titre);
        var avancement = textes.Format(CleTexte.ProjetAvancement, Ouvert.Projet.PourcentageRempli(Formulaire));
        yield return CardParts.Discret(etape is { } n ? $"{textes.Format(CleTexte.DossierEtapeNSurM, n + 1, Formulaire.Etapes.Count)} · {avancement}" : avancement);
        yield return CardParts.Discret(textes.Format(CleTexte.ProjetDeConventionDe, Ouvert.Type.Intitule));
    }
}
