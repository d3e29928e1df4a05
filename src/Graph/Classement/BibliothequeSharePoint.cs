using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Graph.Classement;

/// <summary>
/// Files in the configured SharePoint library through Microsoft Graph. Exactly once: before uploading, the file is
/// looked up by its path, and one already there with this document's hash (or, when a crash came before its
/// columns were written, its size) is this document; an upload never replaces (<c>conflictBehavior=fail</c>), a
/// name taken by another document gives « nom (2) ». The columns are written after, retried while SharePoint
/// still holds the new file (409, 423).
/// </summary>
/// <param name="televersement">A client without Graph's token, for upload sessions' own URLs.</param>
public sealed class BibliothequeSharePoint(GraphServiceClient graph, HttpClient televersement, SharePointOptions options, TimeProvider horloge) : IBibliothequeDeClassement
{
    private const int EssaisDesColonnes = 4;
    private const int RangMaximal = 20;
    private string? _drive;

    public async Task<DocumentClasse> ClasserAsync(DocumentAClasser document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drive = await DriveAsync(cancellationToken);
        for (var rang = 1; rang <= RangMaximal; rang++)
        {
            var chemin = CheminDeClassement.Chemin(document, rang);
            var item = await TrouverAsync(drive, chemin, cancellationToken);
            if (item is not null && !await EstCeDocumentAsync(drive, item, document, cancellationToken))
            {
                continue;
            }

            item ??= await DeposerAsync(drive, chemin, document, cancellationToken);
            if (item is null)
            {
                // Taken between the look-up and the upload: look again under this name.
                rang--;
                continue;
            }

            await EcrireLesColonnesAsync(drive, item, document.Metadonnees, cancellationToken);
            return new DocumentClasse(item.Name ?? Path.GetFileName(chemin), new Uri(item.WebUrl ?? throw new ClassementImpossibleException("Graph returned a file without its address.")), item.Id ?? string.Empty);
        }

        throw new ClassementImpossibleException($"{RangMaximal} files named like « {document.Nom} » are already in the convention's folder; move the others away.");
    }

    public bool RendDesPdf => true;

    /// <summary>SharePoint's own conversion: <c>GET /drives/{d}/items/{id}/content?format=pdf</c>.</summary>
    public async Task<byte[]> RenduPdfAsync(DocumentClasse document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drive = await DriveAsync(cancellationToken);
        var requete = graph.Drives[drive].Items[document.Identifiant].Content.ToGetRequestInformation(r => r.QueryParameters.Format = "pdf");
        await using var flux = await AppelerAsync(() => graph.RequestAdapter.SendPrimitiveAsync<Stream>(requete, Erreurs, cancellationToken), SharePointOptions.SectionName + ":SiteId")
            ?? throw new ClassementImpossibleException($"SharePoint rendered no PDF of « {document.Nom} ».");
        using var pdf = new MemoryStream();
        await flux.CopyToAsync(pdf, cancellationToken);
        return pdf.ToArray();
    }

    private async Task<string> DriveAsync(CancellationToken cancellationToken)
    {
        if (_drive is { } connu)
        {
            return connu;
        }

        var drives = await AppelerAsync(() => graph.Sites[options.SiteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name"], cancellationToken), SharePointOptions.SectionName + ":SiteId");
        _drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.Bibliotheque, StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new ClassementImpossibleException(SharePointOptions.SectionName + ":Bibliotheque",
                $"The site has no document library « {options.Bibliotheque} » (it has: {string.Join(", ", drives?.Value?.Select(d => d.Name) ?? [])}); fix {SharePointOptions.SectionName}:Bibliotheque.");
        return _drive;
    }

    private async Task<DriveItem?> TrouverAsync(string drive, string chemin, CancellationToken cancellationToken)
    {
        try
        {
            return await AppelerAsync(() => graph.Drives[drive].Items["root"].ItemWithPath(chemin).GetAsync(r => r.QueryParameters.Expand = ["listItem($expand=fields)"], cancellationToken), SharePointOptions.SectionName + ":SiteId");
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<bool> EstCeDocumentAsync(string drive, DriveItem item, DocumentAClasser document, CancellationToken cancellationToken)
    {
        var champs = item.ListItem?.Fields?.AdditionalData ?? (await graph.Drives[drive].Items[item.Id].ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"], cancellationToken))?.Fields?.AdditionalData;
        if (!document.Reproductible)
        {
            // A sealed PDF: one filed under this name for this convention (or whose columns a crash left unwritten) is it.
            return champs is null || !champs.TryGetValue(options.Colonnes.Convention, out var convention) || convention is null
                || string.Equals(convention.ToString(), document.Metadonnees.Convention.ToString(), StringComparison.Ordinal);
        }

        return champs is not null && champs.TryGetValue(options.Colonnes.Empreinte, out var empreinte) && empreinte is not null
            ? string.Equals(empreinte.ToString(), document.Metadonnees.Empreinte, StringComparison.Ordinal)
            : item.Size == document.Contenu.Length;
    }

    /// <summary>A single PUT, or an upload session above the threshold, that fails rather than replace: null when the name was taken meanwhile (409).</summary>
    private async Task<DriveItem?> DeposerAsync(string drive, string chemin, DocumentAClasser document, CancellationToken cancellationToken)
    {
        if (document.Contenu.Length > options.SeuilDeSessionEnOctets)
        {
            return await AppelerAsync(() => new SessionDeTeleversement(graph, televersement, options.TailleDesTranchesEnOctets).EnvoyerAsync(drive, chemin, document, cancellationToken), SharePointOptions.SectionName + ":SiteId");
        }

        using var contenu = new MemoryStream(document.Contenu, writable: false);
        var requete = graph.Drives[drive].Items["root"].ItemWithPath(chemin).Content.ToPutRequestInformation(contenu);
        requete.URI = new Uri(requete.URI + (requete.URI.Query.Length == 0 ? "?" : "&") + "@microsoft.graph.conflictBehavior=fail");
        try
        {
            return await AppelerAsync(() => graph.RequestAdapter.SendAsync(requete, DriveItem.CreateFromDiscriminatorValue, Erreurs, cancellationToken), SharePointOptions.SectionName + ":SiteId");
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    private async Task EcrireLesColonnesAsync(string drive, DriveItem item, MetadonneesDeClassement metadonnees, CancellationToken cancellationToken)
    {
        var listItem = item.ListItem?.Id ?? (await graph.Drives[drive].Items[item.Id].ListItem.GetAsync(cancellationToken: cancellationToken))?.Id
            ?? throw new ClassementImpossibleException(SharePointOptions.SectionName + ":Bibliotheque", "The file was filed outside a document library's list; check " + SharePointOptions.SectionName + ":Bibliotheque.");
        var colonnes = options.Colonnes;

        // A new value set for each attempt: the SDK's backing store sends only what changed since the last send.
        FieldValueSet Valeurs() => new()
        {
            AdditionalData = new Dictionary<string, object>
            {
                [colonnes.Convention] = metadonnees.Convention.ToString(),
                [colonnes.Type] = metadonnees.Type,
                [colonnes.Parties] = metadonnees.Parties,
                [colonnes.SigneeLe] = metadonnees.SigneeLe.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                [colonnes.Statut] = metadonnees.Statut,
                [colonnes.Decision] = metadonnees.Decision ?? string.Empty,
                [colonnes.Empreinte] = metadonnees.Empreinte,
            },
        };
        for (var essai = 1; ; essai++)
        {
            try
            {
                await AppelerAsync(() => graph.Drives[drive].List.Items[listItem].Fields.PatchAsync(Valeurs(), cancellationToken: cancellationToken), SharePointOptions.SectionName + ":Colonnes");
                return;
            }
            catch (ODataError e) when (e.ResponseStatusCode is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.Locked && essai < EssaisDesColonnes)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, essai - 1)), horloge, cancellationToken);
            }
        }
    }

    private static readonly Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>> Erreurs = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    /// <summary>A refusal or a wrong setting said with what to fix; everything else left to the caller's retries.</summary>
    private async Task<T> AppelerAsync<T>(Func<Task<T>> appel, string reglage)
    {
        try
        {
            return await appel();
        }
        catch (ODataError e) when (e.ResponseStatusCode is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden)
        {
            throw new ClassementImpossibleException("Sites.Selected",
                $"Microsoft Graph refused to file in the site {options.SiteId} ({e.ResponseStatusCode}): grant the bot's identity the application permission Sites.Selected and a « write » permission on that site (README, Deploy).", e)
            { Permission = true };
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound && reglage.EndsWith(":SiteId", StringComparison.Ordinal) && _drive is null)
        {
            throw new ClassementImpossibleException(reglage, $"Microsoft Graph knows no site {options.SiteId}: fix {reglage}.", e);
        }
        catch (ODataError e) when (e.ResponseStatusCode is (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.RequestTimeout or >= 500)
        {
            throw new ClassementImpossibleException($"SharePoint did not answer ({e.ResponseStatusCode}, after the SDK's retries): filing is tried again later.", e) { Indisponible = true };
        }
        catch (HttpRequestException e)
        {
            throw new ClassementImpossibleException($"Microsoft Graph cannot be reached ({e.Message}): filing is tried again later.", e) { Indisponible = true };
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is Microsoft.Kiota.Abstractions.ApiException))
        {
            // The SDK's retry handler gave up (429/503/504 past its retries): it throws them all together.
            throw new ClassementImpossibleException($"SharePoint kept throttling or failing past the SDK's retries ({e.InnerExceptions.Count}): filing is tried again later.", e) { Indisponible = true };
        }
    }

    private async Task AppelerAsync(Func<Task> appel, string reglage) =>
        await AppelerAsync(async () =>
        {
            await appel();
            return true;
        }, reglage);
}
