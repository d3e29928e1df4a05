using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using TeamsConventions.Application.Microsoft365;

namespace TeamsConventions.Graph;

/// <summary>Graph's refusals in the ports' words: what trying again cannot mend names the setting or permission to fix.</summary>
internal static class ErreursGraph
{
    /// <summary>Runs <paramref name="appel"/>; a refusal becomes a <see cref="ServiceExterneException"/> saying what to fix (from <paramref name="quoiCorriger"/>, by status).</summary>
    public static async Task<T> AppelerAsync<T>(Func<Task<T>> appel, Func<int, (string Reglage, string Message)?> quoiCorriger)
    {
        try
        {
            return await appel();
        }
        catch (ODataError e) when (quoiCorriger(e.ResponseStatusCode) is { } correction)
        {
            throw new ServiceExterneException(correction.Reglage, $"{correction.Message} (Graph: {e.ResponseStatusCode} {e.Error?.Code})", permanente: true, e);
        }
        catch (ODataError e)
        {
            var transitoire = e.ResponseStatusCode is (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.RequestTimeout or >= 500;
            throw new ServiceExterneException(null, $"Graph answered {e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message}", permanente: !transitoire, e);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceExterneException(null, "Microsoft Graph cannot be reached: " + e.Message, permanente: false, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is Microsoft.Kiota.Abstractions.ApiException))
        {
            // The SDK's retry handler gave up (429/503/504 past its retries): it throws them all together.
            throw new ServiceExterneException(null, $"Microsoft Graph kept throttling or failing past the SDK's retries ({e.InnerExceptions.Count}).", permanente: false, e);
        }
    }
}
