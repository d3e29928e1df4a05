using System.Net.Http.Json;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>Bot Connector REST v3, for any serviceUrl the policy allows (reference: bot-protocol.md §4.2).</summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy policy)
{
    public const int MaxPageSize = 500;

    public async Task<ResourceResponse> EnvoyerAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await EnvoyerJsonAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken) ?? SansReponse;

    public async Task<ResourceResponse> RepondreAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId = activityId;
        return await EnvoyerJsonAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken) ?? SansReponse;
    }

    public async Task<ResourceResponse> MettreAJourAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        return await EnvoyerJsonAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken) ?? SansReponse;
    }

    public async Task SupprimerAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Delete, Adresse(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}"));
        using var reponse = await http.SendAsync(requete, cancellationToken);
        await VerifierAsync(reponse, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreerConversationAsync(string serviceUrl, ConversationParameters parametres, CancellationToken cancellationToken) =>
        await EnvoyerJsonAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parametres, cancellationToken) ?? new ConversationResourceResponse(null, null, null);

    public async Task<PagedMembersResult> MembresAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var taille = Math.Clamp(pageSize, 1, MaxPageSize);
        var chemin = $"v3/conversations/{Esc(conversationId)}/pagedmembers?pageSize={taille}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            chemin += $"&continuationToken={Uri.EscapeDataString(continuationToken)}";
        }

        using var reponse = await http.GetAsync(Adresse(serviceUrl, chemin), cancellationToken);
        await VerifierAsync(reponse, cancellationToken);
        return await reponse.Content.ReadFromJsonAsync<PagedMembersResult>(ProtocolJson.Options, cancellationToken) ?? new PagedMembersResult();
    }

    /// <summary>The team's details (its name, which activities do not always carry).</summary>
    public async Task<TeamDetails?> EquipeAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        using var reponse = await http.GetAsync(Adresse(serviceUrl, $"v3/teams/{Esc(teamId)}"), cancellationToken);
        await VerifierAsync(reponse, cancellationToken);
        return await reponse.Content.ReadFromJsonAsync<TeamDetails>(ProtocolJson.Options, cancellationToken);
    }

    /// <summary>Every member of a conversation, page after page.</summary>
    public async IAsyncEnumerable<TeamsMember> TousLesMembresAsync(string serviceUrl, string conversationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? suite = null;
        do
        {
            var page = await MembresAsync(serviceUrl, conversationId, MaxPageSize, suite, cancellationToken);
            foreach (var membre in page.Members)
            {
                yield return membre;
            }

            suite = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(suite));
    }

    private static readonly ResourceResponse SansReponse = new(null);

    /// <summary>The answer's body, or null when the connector sent none (an empty 200 is a valid answer).</summary>
    private async Task<T?> EnvoyerJsonAsync<T>(HttpMethod methode, string serviceUrl, string chemin, object corps, CancellationToken cancellationToken)
    {
        using var requete = new HttpRequestMessage(methode, Adresse(serviceUrl, chemin))
        {
            Content = JsonContent.Create(corps, corps.GetType(), options: ProtocolJson.Options),
        };
        using var reponse = await http.SendAsync(requete, cancellationToken);
        await VerifierAsync(reponse, cancellationToken);
        if (reponse.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        return await reponse.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
    }

    private Uri Adresse(string serviceUrl, string chemin)
    {
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || !policy.EstAutorisee(baseUri))
        {
            throw new ServiceUrlRefuseeException(serviceUrl);
        }

        return new Uri(baseUri, chemin);
    }

    private static async Task VerifierAsync(HttpResponseMessage reponse, CancellationToken cancellationToken)
    {
        if (!reponse.IsSuccessStatusCode)
        {
            throw new ConnectorException(reponse.StatusCode, await reponse.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private static string Esc(string segment) => Uri.EscapeDataString(segment);
}
