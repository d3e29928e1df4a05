using Conventions.Calendrier;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>What every dossier card shares: where the dossier stands, the analysts' comment, the buttons.</summary>
internal static class DossierCardParts
{
    public static IEnumerable<CardElement> Entete(Textes textes, VueDuDossier vue, string titre, int? etape = null)
    {
        yield return CardParts.Titre(titre);
        var avancement = textes.Format(CleTexte.DossierAvancement, vue.Pourcentage);
        yield return CardParts.Discret(etape is { } n ? $"{textes.Format(CleTexte.DossierEtapeNSurM, n + 1, vue.Formulaire.Etapes.Count)} · {avancement}" : avancement);
        yield return CardParts.Discret(textes.Format(CleTexte.DossierAppel, vue.Appel.Titre, vue.Appel.Cloture));
        if (vue.Dossier.Etat == EtatDuDossier.RenvoyePourCorrection && vue.Dossier.CommentaireDeCorrection is { } commentaire)
        {
            yield return new Container([new TextBlock(textes.Format(CleTexte.DossierARevoir, commentaire)) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention };
        }
    }

    public static ActionExecute Bouton(string titre, string verbe, DonneesDeDossier donnees, ActionStyle? style = null) =>
        new() { Title = titre, Verb = verbe, Data = donnees, Style = style };

    public static ActionExecute Ouvrir(Textes textes, DossierId dossier) =>
        Bouton(textes[CleTexte.BoutonOuvrirDossier], Verbes.Dossier, new DonneesDeDossier { Dossier = dossier.ToString(), Aller = Deplacements.Recapitulatif });

    public static ActionOpenUrl Telecharger(Textes textes, Uri lien) => new() { Title = textes[CleTexte.BoutonTelechargerDossier], Url = lien };

    /// <summary>The few facts that identify a dossier at a glance (the form's summary fields), for analysts, committee and editors.</summary>
    public static FactSet Resume(Textes textes, VueDuDossier vue)
    {
        var faits = new List<Fact>();
        foreach (var champ in vue.Formulaire.Resume ?? [])
        {
            if (vue.Formulaire.Definition(champ) is { } definition && vue.Dossier.Champs.GetValueOrDefault(champ) is { } valeur)
            {
                faits.Add(new Fact(ValeurAffichee.Libelle(definition, textes.Culture), ValeurAffichee.De(definition, valeur, vue.Formulaire, textes.Culture)));
            }
        }

        faits.Add(new Fact(textes[CleTexte.DossierEtat], textes["Etat." + vue.Dossier.Etat]));
        if (vue.Dossier.EmpreinteSoumise is { } empreinte)
        {
            faits.Add(new Fact(textes.Format(CleTexte.DossierVersion, vue.Dossier.Version), empreinte[..16]));
        }

        return new FactSet(faits);
    }
}
