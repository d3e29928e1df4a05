using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>What the dossier handlers share: a dossier with its form, kind and call; its editors' names; their lists.</summary>
public sealed class DossiersEnCours(
    DossiersStockes dossiers, AppelsAProjets appels, CatalogueDesConventions catalogue, IElementsSuivis suivis, ConversationReferences references, LiensDeDocument liens)
{
    public DossiersStockes Depot => dossiers;

    public VueDuDossier Vue(DossierDeProposition dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var appel = appels.Trouver(dossier.Appel) ?? throw new RegleMetierException(CodesErreur.AppelInconnu, dossier.Appel);
        return new VueDuDossier(dossier, catalogue.Formulaires[dossier.Type], catalogue.Type(dossier.Type), appel);
    }

    /// <summary>The dossier, for one of its editors only (anyone else learns nothing of it).</summary>
    public async Task<(VueDuDossier Vue, DossierCharge Charge)?> ChargerPourAsync(DossierId id, MembreId editeur, CancellationToken cancellationToken)
    {
        if (await dossiers.ChargerAsync(id, cancellationToken) is not { } charge)
        {
            return null;
        }

        return charge.Dossier.Editeurs.Contains(editeur) ? (Vue(charge.Dossier), charge) : throw new RegleMetierException(CodesErreur.PasEditeur);
    }

    /// <summary>Every editor's "mes dossiers" line: the dossier's state, completion and deadline.</summary>
    public async Task SuivreAsync(VueDuDossier vue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vue);
        var dossier = vue.Dossier;
        var etat = dossier.EstModifiable ? EtatElement.ActionAttendue
            : dossier.Etat is EtatDuDossier.Approuve or EtatDuDossier.Rejete ? EtatElement.Termine
            : EtatElement.EnCours;
        var element = new ElementSuivi(dossier.Id.ToString(), NatureElement.Dossier, vue.Intitule, etat,
            dossier.EstModifiable ? vue.Appel.Cloture : null, dossier.EstModifiable ? vue.Pourcentage : null);
        foreach (var editeur in dossier.Editeurs)
        {
            await suivis.EnregistrerAsync(editeur, element, cancellationToken);
        }
    }

    /// <summary>The editors by the name Teams last gave them ("vous" for the reader).</summary>
    public async Task<IReadOnlyList<string>> NomsDesEditeursAsync(DossierDeProposition dossier, MembreId lecteur, Textes textes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(textes);
        var noms = new List<string>();
        foreach (var editeur in dossier.Editeurs.OrderBy(e => e != lecteur))
        {
            noms.Add(editeur == lecteur ? textes[CleTexte.DossierVous]
                : (await references.PourMembreAsync(editeur, cancellationToken))?.Nom ?? textes[CleTexte.DossierEditeurSansNom]);
        }

        return noms;
    }

    /// <summary>The summary card, with a link to the document exactly as it stands now.</summary>
    public async Task<AdaptiveCard> RecapitulatifAsync(Tour tour, VueDuDossier vue, string? message, bool erreur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        ArgumentNullException.ThrowIfNull(vue);
        var editeurs = tour.Membre is { } membre ? await NomsDesEditeursAsync(vue.Dossier, membre, tour.Textes, cancellationToken) : [];
        return RecapitulatifDuDossierCard.Composer(tour.Textes, vue, editeurs, liens.Creer(vue.Dossier.Id, vue.Dossier.EmpreinteDuContenu()), message, erreur);
    }
}
