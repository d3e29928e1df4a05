using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// Before submission: what is still missing, step by step with a button to go there, the co-editors and the way to
/// invite one, the Word document, and the submit button. After: the confirmation with the frozen version.
/// </summary>
public static class RecapitulatifDuDossierCard
{
    public static AdaptiveCard Composer(Textes textes, VueDuDossier vue, IReadOnlyList<string> editeurs, Uri lienDocument, string? message = null, bool messageEstUneErreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        ArgumentNullException.ThrowIfNull(editeurs);
        var dossier = vue.Dossier;
        var corps = new List<CardElement>(DossierCardParts.Entete(textes, vue, textes[dossier.EstModifiable ? CleTexte.RecapitulatifTitre : CleTexte.RecapitulatifTitreDepose]));
        if (message is not null)
        {
            corps.Add(new Container([new TextBlock(message) { Color = messageEstUneErreur ? TextColor.Attention : TextColor.Good }])
            {
                Style = messageEstUneErreur ? ContainerStyle.Attention : ContainerStyle.Good,
            });
        }

        corps.Add(DossierCardParts.Resume(textes, vue));
        var identifiant = dossier.Id.ToString();
        if (dossier.EstModifiable)
        {
            corps.AddRange(Manquants(textes, vue));
        }

        corps.Add(CardParts.SousTitre(textes[CleTexte.RecapitulatifEditeurs]));
        corps.Add(CardParts.Paragraphe(string.Join(", ", editeurs)));
        var actions = new List<CardAction> { DossierCardParts.Telecharger(textes, lienDocument) };
        if (dossier.EstModifiable)
        {
            actions.Add(DossierCardParts.Bouton(textes[CleTexte.BoutonInviter], Verbes.InviterDossier, new DonneesDeDossier { Dossier = identifiant }));
            actions.Insert(0, DossierCardParts.Bouton(textes[CleTexte.BoutonRevenirAuxEtapes], Verbes.Dossier, new DonneesDeDossier { Dossier = identifiant, Aller = Deplacements.Etape, Vers = vue.Formulaire.Etapes[0].Id }));
            actions.Add(DossierCardParts.Bouton(textes[CleTexte.BoutonDeposer], Verbes.DeposerDossier, new DonneesDeDossier { Dossier = identifiant }, ActionStyle.Positive));
        }

        return CardParts.Carte(corps, actions);
    }

    private static IEnumerable<CardElement> Manquants(Textes textes, VueDuDossier vue)
    {
        var manquants = vue.Dossier.ChampsObligatoiresManquants(vue.Type);
        if (manquants.Count == 0)
        {
            yield return new TextBlock(textes[CleTexte.RecapitulatifComplet]) { Color = TextColor.Good };
            yield break;
        }

        yield return CardParts.SousTitre(textes.Nombre(CleTexte.RecapitulatifManquantsUn, CleTexte.RecapitulatifManquantsPlusieurs, manquants.Count));
        foreach (var etape in vue.Formulaire.Etapes)
        {
            var libelles = manquants.Where(m => vue.Formulaire.EtapeDe(m) == etape)
                .Select(m => etape.Champs.FirstOrDefault(c => c.Id == m || c.Id.StartsWith(m + ".", StringComparison.Ordinal)))
                .OfType<Conventions.Catalogue.DefinitionDeChamp>()
                .Select(c => ValeurAffichee.Libelle(c, textes.Culture))
                .ToList();
            if (libelles.Count == 0)
            {
                continue;
            }

            yield return new Container(
            [
                new TextBlock(ValeurAffichee.Titre(etape, textes.Culture)) { Weight = TextWeight.Bolder },
                new TextBlock(string.Join(" ; ", libelles)) { Size = TextSize.Small, Spacing = Spacing.None },
                new ActionSet([DossierCardParts.Bouton(textes[CleTexte.BoutonCompleter], Verbes.Dossier, new DonneesDeDossier { Dossier = vue.Dossier.Id.ToString(), Aller = Deplacements.Etape, Vers = etape.Id })]),
            ])
            { Separator = true };
        }
    }
}
