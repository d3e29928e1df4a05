using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Dossiers;

public enum IssueDeLaTransmission
{
    /// <summary>The vote is open and before the committee.</summary>
    Transmis,

    /// <summary>The version the analysts saw was already sent back, or is no longer awaiting analysis.</summary>
    DejaTraite,

    /// <summary>The call is no longer configured: nobody can say which committee votes.</summary>
    AppelRetire,

    /// <summary>No committee with the statutes R06 asks for sits where the call holds its votes.</summary>
    ComiteNonConfigure,

    /// <summary>The vote is open but could not be put before the committee now; pressing again posts it.</summary>
    VoteNonPublie,
}

/// <param name="Comite">The committee that votes (when it is known).</param>
/// <param name="Echeance">When its vote closes (when it is open).</param>
public sealed record Transmission(IssueDeLaTransmission Issue, DossierDeProposition Dossier, Comite? Comite = null, DateTimeOffset? Echeance = null);

/// <summary>
/// The analysts put version <c>version</c> of a submitted dossier to the committee R06 names next (the avis de
/// pertinence, then the decision): the dossier goes on its agenda, the vote on the exact version and its hash opens
/// and is put before the committee, the editors are told. Pressing again never opens a second vote: it posts the one
/// that could not be posted, and after a vote closed without effect it opens the next attempt.
/// Returns null for a dossier that does not exist.
/// </summary>
public sealed class TransmettreAuComite(
    IDossiers dossiers, IAppelsAProjets appels, CatalogueDesConventions catalogue, ILieuxDesVotes lieux, OuvertureDUnVote ouverture,
    IDocumentsDesDossiers documents, ISuitesDesDossiers suites, TimeProvider timeProvider)
{
    /// <summary>How long after the vote's close its document can still be read from the card.</summary>
    private static readonly TimeSpan LectureApresLeVote = TimeSpan.FromDays(30);

    public async Task<Transmission?> ExecuterAsync(DossierId id, int version, MembreId analyste, CancellationToken cancellationToken)
    {
        if (await dossiers.ChargerAsync(id, cancellationToken) is not { } dossier)
        {
            return null;
        }

        if (appels.Trouver(dossier.Appel) is not { } appel)
        {
            return new Transmission(IssueDeLaTransmission.AppelRetire, dossier);
        }

        if (dossier.Version != version || dossier.Etat is not (EtatDuDossier.Soumis or EtatDuDossier.EnAnalyse or EtatDuDossier.InscritAuComite))
        {
            return new Transmission(IssueDeLaTransmission.DejaTraite, dossier);
        }

        var prochain = dossier.ProchainVote(catalogue.Type(dossier.Type));
        if (await lieux.ComiteAsync(appel, prochain.StatutsDuComite, cancellationToken) is not { } comite)
        {
            return new Transmission(IssueDeLaTransmission.ComiteNonConfigure, dossier);
        }

        var maintenant = timeProvider.GetUtcNow();
        if (dossier.Etat != EtatDuDossier.InscritAuComite)
        {
            dossier = await dossiers.ModifierAsync(id, d =>
            {
                if (d.Etat == EtatDuDossier.Soumis)
                {
                    d.PrendreEnAnalyse(analyste, maintenant);
                }

                d.InscrireAuComite(analyste, maintenant);
            }, cancellationToken) ?? dossier;
        }

        var (scrutin, dejaPublie) = await OuvrirAsync(dossier, appel, prochain, comite, analyste, maintenant, cancellationToken);
        if (dejaPublie)
        {
            return new Transmission(IssueDeLaTransmission.DejaTraite, dossier, comite);
        }

        if (!await lieux.PublierAsync(appel, scrutin, cancellationToken))
        {
            return new Transmission(IssueDeLaTransmission.VoteNonPublie, dossier, comite, scrutin.Echeance);
        }

        await suites.TransmisAsync(dossier, scrutin, comite, cancellationToken);
        return new Transmission(IssueDeLaTransmission.Transmis, dossier, comite, scrutin.Echeance);
    }

    /// <summary>The vote of this version at this stage (<see cref="OuvertureDUnVote"/>), on the exact version and its hash.</summary>
    private Task<VoteOuvert> OuvrirAsync(
        DossierDeProposition dossier, AppelAProjets appel, ProchainVote prochain, Comite comite, MembreId analyste, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var formulaire = catalogue.Formulaires[dossier.Type];
        var echeance = maintenant + appels.DureeDuVote;
        var empreinte = dossier.EmpreinteSoumise ?? dossier.EmpreinteDuContenu();
        var objet = new ObjetDuVote(NatureDeLObjet.Dossier, dossier.Id.ToString(), formulaire.IntituleDe(dossier.Champs, appel.Titre), empreinte,
            formulaire.BceDuDemandeurDans(dossier.Champs), documents.Adresse(dossier.Id, empreinte, echeance + LectureApresLeVote));
        return ouverture.ExecuterAsync(
            tentative => ScrutinId.DuDossier(dossier.Id, dossier.Version, prochain.Etape, tentative),
            id => Scrutin.Ouvrir(id, comite, objet, secret: false, echeance, analyste, maintenant),
            cancellationToken);
    }
}
