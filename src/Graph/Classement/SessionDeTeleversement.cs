using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Graph.Classement;

/// <summary>
/// A large document sent by an upload session: ranges of a multiple of 320 KiB PUT to the session's URL with no
/// Authorization header (the URL carries its own), going on from the ranges the session still expects after a
/// failure, and a new session when it has expired. A name taken meanwhile (409 on the last range) is null.
/// </summary>
internal sealed class SessionDeTeleversement(GraphServiceClient graph, HttpClient televersement, int tranche)
{
    private const int SessionsMaximales = 3;
    private const int ReprisesMaximales = 5;

    public async Task<DriveItem?> EnvoyerAsync(string drive, string chemin, DocumentAClasser document, CancellationToken cancellationToken)
    {
        for (var session = 1; session <= SessionsMaximales; session++)
        {
            var ouverte = await graph.Drives[drive].Items["root"].ItemWithPath(chemin).CreateUploadSession.PostAsync(
                new CreateUploadSessionPostRequestBody { Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" } } },
                cancellationToken: cancellationToken);
            var adresse = new Uri(ouverte?.UploadUrl ?? throw new ClassementImpossibleException("Graph opened an upload session without its address."));
            var (fini, item) = await EnvoyerLesTranchesAsync(adresse, document.Contenu, cancellationToken);
            if (fini)
            {
                return item;
            }
        }

        throw new ClassementImpossibleException($"{SessionsMaximales} upload sessions expired before « {document.Nom} » was sent; it will be tried again.");
    }

    /// <summary>(true, the item) when sent, (true, null) when the name was taken, (false, null) when the session is gone.</summary>
    private async Task<(bool Fini, DriveItem? Item)> EnvoyerLesTranchesAsync(Uri adresse, byte[] contenu, CancellationToken cancellationToken)
    {
        long debut = 0;
        var reprises = 0;
        while (true)
        {
            var fin = Math.Min(debut + tranche, contenu.Length) - 1;
            using var requete = new HttpRequestMessage(HttpMethod.Put, adresse) { Content = new ByteArrayContent(contenu, (int)debut, (int)(fin - debut + 1)) };
            requete.Content.Headers.ContentRange = new ContentRangeHeaderValue(debut, fin, contenu.Length);
            using var reponse = await televersement.SendAsync(requete, cancellationToken);
            switch (reponse.StatusCode)
            {
                case HttpStatusCode.Accepted:
                    debut = await ProchainAsync(reponse, cancellationToken) ?? fin + 1;
                    break;
                case HttpStatusCode.OK or HttpStatusCode.Created:
                    return (true, await ItemAsync(reponse, cancellationToken));
                case HttpStatusCode.Conflict:
                    return (true, null);
                case HttpStatusCode.NotFound:
                    return (false, null);
                case HttpStatusCode.RequestedRangeNotSatisfiable or >= HttpStatusCode.InternalServerError when reprises++ < ReprisesMaximales:
                    using (var etat = await televersement.GetAsync(adresse, cancellationToken))
                    {
                        if (etat.StatusCode == HttpStatusCode.NotFound)
                        {
                            return (false, null);
                        }

                        debut = await ProchainAsync(etat, cancellationToken) ?? debut;
                    }

                    break;
                default:
                    throw new ClassementImpossibleException($"The upload session answered {(int)reponse.StatusCode} {reponse.ReasonPhrase}; it will be tried again.");
            }
        }
    }

    /// <summary>The first byte the session still expects (<c>nextExpectedRanges: ["327680-"]</c>).</summary>
    private static async Task<long?> ProchainAsync(HttpResponseMessage reponse, CancellationToken cancellationToken)
    {
        using var json = await JsonDocument.ParseAsync(await reponse.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.TryGetProperty("nextExpectedRanges", out var plages) && plages.GetArrayLength() > 0
            && long.TryParse(plages[0].GetString()?.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var premier)
            ? premier
            : null;
    }

    private static async Task<DriveItem> ItemAsync(HttpResponseMessage reponse, CancellationToken cancellationToken)
    {
        using var json = await JsonDocument.ParseAsync(await reponse.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var racine = json.RootElement;
        string? Texte(string nom) => racine.TryGetProperty(nom, out var valeur) ? valeur.GetString() : null;
        return new DriveItem { Id = Texte("id"), Name = Texte("name"), WebUrl = Texte("webUrl"), Size = racine.TryGetProperty("size", out var taille) ? taille.GetInt64() : null };
    }
}
