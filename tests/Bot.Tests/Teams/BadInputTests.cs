using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

[Collection(AzuriteGroupe.Nom)]
public sealed class BadInputTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Fact]
    public async Task Post_MalformedJson_Is400WithABilingualReasonAndNoStackTrace()
    {
        var reponse = await Bot.EnvoyerBrutAsync("{\"type\": \"message\", ", "application/json", JetonValide());

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var message = await MessageAsync(reponse);
        Assert.Contains("JSON valide", message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at TeamsConventions", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        var reponse = await Bot.EnvoyerBrutAsync(Activities.Message(Canal.ServiceUrl, "aide").ToJsonString(), "text/plain", JetonValide());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reponse.StatusCode);
        Assert.Contains("application/json", await MessageAsync(reponse), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413AndNothingIsHandled()
    {
        var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, new string('x', 300 * 1024)), JetonValide());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reponse.StatusCode);
        var message = await MessageAsync(reponse);
        Assert.Contains("262\u202F144", message, StringComparison.Ordinal);
        Assert.Contains("262,144", message, StringComparison.Ordinal);
        Assert.Empty(Canal.Requetes);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("id")]
    [InlineData("serviceUrl")]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task Post_MissingRequiredField_Is400NamingIt(string champ)
    {
        var activite = Activities.Message(Canal.ServiceUrl, "aide");
        activite.Remove(champ);

        var reponse = await Bot.EnvoyerAsync(activite, JetonValide());

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Contains(champ, await MessageAsync(reponse), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownActivityTypeWithUnknownFields_Is200AndIgnored()
    {
        var activite = Activities.Message(Canal.ServiceUrl, "aide");
        activite["type"] = "someFutureActivity";
        activite["champInconnu"] = new JsonObject { ["profond"] = new JsonArray(1, 2, 3) };

        var reponse = await Bot.EnvoyerAsync(activite, JetonValide());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        await Task.Delay(200);
        Assert.DoesNotContain(Canal.Requetes, r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_UnknownName_AnswersAnInvokeErrorInFrench()
    {
        var activite = Activities.Action(Canal.ServiceUrl, "aide");
        activite["name"] = "composeExtension/query";

        var reponse = await Bot.EnvoyerAsync(activite, JetonValide());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var corps = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, corps.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", corps.GetProperty("type").GetString());
        Assert.Contains("n'est pas prise en charge", corps.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownVerb_TellsTheUserWhatToDo()
    {
        var reponse = await Bot.EnvoyerAsync(Activities.Action(Canal.ServiceUrl, "verbeInconnu", locale: "en-US"), JetonValide());

        var corps = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, corps.GetProperty("statusCode").GetInt32());
        Assert.Contains("Type “help”", corps.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ActionWithoutVerb_IsAnInvokeErrorNotA5xx()
    {
        var activite = Activities.Action(Canal.ServiceUrl, "aide");
        activite["value"] = JsonValue.Create("pas un objet");

        var reponse = await Bot.EnvoyerAsync(activite, JetonValide());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(400, JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.GetProperty("statusCode").GetInt32());
    }

    private static async Task<string> MessageAsync(HttpResponseMessage reponse) =>
        JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString()!;
}
