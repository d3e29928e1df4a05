using Conventions.Membres;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Stockage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Storage;

[Collection(AzuriteGroupe.Nom)]
public sealed class ConversationReferencesTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly MembreId Sophie = MembreId.Depuis(Activities.SophieObjectId);

    private ConversationReferences References => Bot.Services.GetRequiredService<ConversationReferences>();

    [Fact]
    public async Task InboundActivity_StoresTheMembersReferenceForProactiveMessages()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide", locale: "fr-BE"), JetonValide());

        var reference = await References.PourMembreAsync(Sophie, CancellationToken.None);

        Assert.NotNull(reference);
        Assert.Equal(Activities.SophieId, reference.UserId);
        Assert.Equal(Canal.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(BotHost.TenantId, reference.TenantId);
        Assert.Equal(Activities.ConversationPersonnelle, reference.PersonalConversationId);
        Assert.Equal("fr-BE", reference.Locale);
    }

    [Fact]
    public async Task NewServiceUrl_RefreshesTheStoredReference_AndKeepsThePersonalChat()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());
        var autreServiceUrl = Canal.ServiceUrl + "region2/";
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, autreServiceUrl, DateTime.UtcNow.AddMinutes(30));

        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(autreServiceUrl, "aide"), jeton);

        var reference = await References.PourMembreAsync(Sophie, CancellationToken.None);
        Assert.Equal(autreServiceUrl, reference!.ServiceUrl);
        Assert.Equal(Activities.ConversationPersonnelle, reference.PersonalConversationId);
        var canal = await References.PourCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None);
        Assert.Equal(autreServiceUrl, canal!.ServiceUrl);
        Assert.Equal("Comité de suivi — Liège", canal.TeamName);
    }

    [Fact]
    public async Task Uninstall_ForgetsTheMember_SoNoMessageIsSentIntoTheVoid()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());

        await Bot.EnvoyerAsync(Activities.Desinstallation(Canal.ServiceUrl), JetonValide());

        Assert.Null(await References.PourMembreAsync(Sophie, CancellationToken.None));
    }
}
