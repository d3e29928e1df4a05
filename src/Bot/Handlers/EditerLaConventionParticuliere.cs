using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Application.Seances;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The particular convention card's buttons, pressed in a committee's channel: start one, open it, save its fields
/// (what passes kept, the reasons next to the others, what was typed shown back), put it on the agenda of the
/// committee whose channel the press came from.
/// </summary>
public sealed class EditerLaConventionParticuliere(
    ConsulterLaConventionParticuliere consulter, RedigerUneConventionParticuliere rediger, EnregistrerUneConventionParticuliere enregistrer, InscrireLaConventionParticuliere inscrire,
    IDocumentsDesConventionsParticulieres documents, Microsoft.Extensions.Options.IOptions<Hosting.DossiersOptions> options, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.ConventionParticuliere;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Lire<DonneesDeConventionParticuliere>(donnees) is not { } demande || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (LieuDuTour.Comite(tour) is not { } lieu)
        {
            return InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.CpHorsCanal]));
        }

        if (demande.Aller == DeplacementsDeLaConventionParticuliere.Nouvelle)
        {
            try
            {
                return await rediger.ExecuterAsync(lieu, membre, cancellationToken) is { } nouvelle
                    ? InvokeResponse.Carte(Carte(t, nouvelle))
                    : InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]));
            }
            catch (RegleMetierException erreur)
            {
                return InvokeResponse.Carte(ComiteCard.Message(t.Erreur(erreur)));
            }
        }

        if (Conventions.Actions.ConventionParticuliereId.Lire(demande.Convention) is not { } id)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (await consulter.ExecuterAsync(id, cancellationToken) is not { } ouverte)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "convention-particuliere.introuvable", t[CleTexte.CpIntrouvable]);
        }

        try
        {
            return demande.Aller switch
            {
                DeplacementsDeLaConventionParticuliere.Voir => InvokeResponse.Carte(Carte(t, ouverte)),
                DeplacementsDeLaConventionParticuliere.Enregistrer => await EnregistrerAsync(t, ouverte, demande, LectureDesDonnees.Saisies(donnees), membre, cancellationToken),
                DeplacementsDeLaConventionParticuliere.Inscrire => await InscrireAsync(t, ouverte, lieu, LectureDesDonnees.Saisies(donnees).GetValueOrDefault(ConventionParticuliereCard.ChampSecret) == "true", membre, cancellationToken),
                _ => LectureDesDonnees.CarteInvalide(t),
            };
        }
        catch (RegleMetierException erreur)
        {
            return InvokeResponse.Carte(Carte(t, await consulter.ExecuterAsync(id, cancellationToken) ?? ouverte, message: t.Erreur(erreur), erreur: true));
        }
    }

    private async Task<InvokeResponse> EnregistrerAsync(Textes t, ConventionParticuliereOuverte ouverte, DonneesDeConventionParticuliere demande, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var vues = demande.Vues ?? new Dictionary<string, string>();
        List<Saisie> saisies = [.. ouverte.Formulaire.Champs.Where(c => valeurs.ContainsKey(c.Id)).Select(c => new Saisie(c.Id, valeurs[c.Id], vues.GetValueOrDefault(c.Id)))];
        if (await enregistrer.ExecuterAsync(ouverte, saisies, membre, cancellationToken) is not { } enregistre)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "convention-particuliere.introuvable", t[CleTexte.CpIntrouvable]);
        }

        var resultat = enregistre.Resultat;
        var message = resultat.Modifies == 0 ? t[CleTexte.CpRienAEnregistrer] : t.Nombre(CleTexte.CpChampsEnregistresUn, CleTexte.CpChampsEnregistresPlusieurs, resultat.Modifies);
        return InvokeResponse.Carte(Carte(t, enregistre.Convention, resultat, valeurs, resultat.EstSansReserve ? message : null));
    }

    private async Task<InvokeResponse> InscrireAsync(Textes t, ConventionParticuliereOuverte ouverte, Application.Comites.LieuDuComite lieu, bool secret, MembreId membre, CancellationToken cancellationToken)
    {
        if (await inscrire.ExecuterAsync(ouverte.Projet.Id, lieu, secret, membre, cancellationToken) is not { } inscription)
        {
            return InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]));
        }

        var apres = await consulter.ExecuterAsync(ouverte.Projet.Id, cancellationToken) ?? ouverte;
        return InvokeResponse.Carte(inscription.Issue switch
        {
            IssueDeLInscription.Inscrit => Carte(t, apres, message: t.Format(CleTexte.CpInscrite, inscription.Comite.Nom, inscription.Scrutin.Echeance)),
            IssueDeLInscription.VoteNonPublie => Carte(t, apres, message: t[CleTexte.PlanVoteNonPublie], erreur: true),
            _ => Carte(t, apres, message: t.Format(CleTexte.CpDejaInscrite, inscription.Comite.Nom)),
        });
    }

    private Cards.Model.AdaptiveCard Carte(
        Textes t, ConventionParticuliereOuverte ouverte, ResultatDeSaisie? retour = null, IReadOnlyDictionary<string, string>? tapees = null, string? message = null, bool erreur = false)
    {
        var document = new Uri(documents.Adresse(ouverte.Projet.Id, ouverte.Projet.EmpreinteDuContenu(), timeProvider.GetUtcNow().AddHours(options.Value.DureeDesLiensEnHeures)));
        return ConventionParticuliereCard.Convention(t, ouverte, document, retour, retour is { EstSansReserve: false } ? tapees : null, message, erreur);
    }
}
