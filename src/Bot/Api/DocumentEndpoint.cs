using System.Text;
using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Api;

/// <summary>
/// <c>GET /dossiers/{id}/document</c>: the Word document of the version a card linked to, for whoever holds an
/// unexpired signed link. A forged, expired or outdated link gets a page saying what to do, in both languages.
/// </summary>
public static class DocumentEndpoint
{
    public const string TypeWord = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapDocumentEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(LiensDeDocument.Chemin, async (string id, string? v, string? exp, string? sig, LiensDeDocument liens, DossiersStockes dossiers,
            AppelsAProjets appels, CatalogueDesConventions catalogue, CancellationToken annulation) =>
        {
            switch (liens.Verifier(id, v, exp, sig))
            {
                case VerificationDuLien.Falsifie:
                    return Page(StatusCodes.Status403Forbidden, CleTexte.DocumentLienInvalide);
                case VerificationDuLien.Expire:
                    return Page(StatusCodes.Status410Gone, CleTexte.DocumentLienExpire);
            }

            if (DossierId.Lire(id) is not { } dossierId || await dossiers.ChargerAsync(dossierId, annulation) is not { Dossier: var dossier }
                || appels.Trouver(dossier.Appel) is not { } appel)
            {
                return Page(StatusCodes.Status404NotFound, CleTexte.DocumentIntrouvable);
            }

            if (dossier.EmpreinteDuContenu() != v)
            {
                return Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee);
            }

            var formulaire = catalogue.Formulaires[dossier.Type];
            var octets = DocumentDuDossier.Generer(dossier, formulaire, catalogue.Type(dossier.Type), appel);
            return Results.File(octets, TypeWord, NomDuFichier(formulaire.DemandeurDans(dossier.Champs), dossier.Version));
        });
        app.MapGet(LiensDeDocument.CheminDuPlan, async (string id, string? v, string? exp, string? sig, LiensDeDocument liens, Application.Actions.ConsulterLePlan consulter, CancellationToken annulation) =>
        {
            switch (liens.Verifier(LiensDeDocument.ObjetSigneDuPlan(id), v, exp, sig))
            {
                case VerificationDuLien.Falsifie:
                    return Page(StatusCodes.Status403Forbidden, CleTexte.DocumentLienInvalide);
                case VerificationDuLien.Expire:
                    return Page(StatusCodes.Status410Gone, CleTexte.DocumentLienExpire);
            }

            if (Conventions.Actions.PlanDActionsId.Lire(id) is not { } planId || await consulter.ExecuterAsync(planId, annulation) is not { } ouvert)
            {
                return Page(StatusCodes.Status404NotFound, CleTexte.DocumentIntrouvable);
            }

            return ouvert.Plan.EmpreinteDuContenu() != v
                ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                : Results.File(DocumentDuPlan.Generer(ouvert), TypeWord, $"plan-d-actions-{ouvert.Plan.Annee.ToString(System.Globalization.CultureInfo.InvariantCulture)}-v{ouvert.Plan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.docx");
        });
        return app;
    }

    /// <summary>ASCII only, so that every browser and mail client keeps it: "dossier-cpas-de-seraing-v2.docx".</summary>
    private static string NomDuFichier(string? cpas, int version)
    {
        var nom = new StringBuilder("dossier");
        foreach (var c in (cpas ?? string.Empty).Normalize(NormalizationForm.FormD).Where(char.IsAscii))
        {
            var lettre = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-';
            if (nom.Length < 60 && !(lettre == '-' && nom[^1] == '-'))
            {
                nom.Append(nom.Length == 7 && lettre != '-' ? "-" : string.Empty).Append(lettre);
            }
        }

        return $"{nom.ToString().TrimEnd('-')}{(version > 0 ? $"-v{version}" : "-brouillon")}.docx";
    }

    private static IResult Page(int statut, string cle) =>
        Results.Text($"{Textes.Francais[cle]}\n\n{Textes.Anglais[cle]}\n", "text/plain; charset=utf-8", Encoding.UTF8, statut);
}
