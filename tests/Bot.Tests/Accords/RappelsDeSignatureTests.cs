using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Valeurs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// Signatories who have not signed are reminded after the configured delays, each delay once, on a
/// <see cref="FakeTimeProvider"/>; a Forem–CPAS cooperation is signed one after the other, so only the one whose turn it is.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class RappelsDeSignatureTests(AzuriteFixture azurite) : ComitesALHorlogeTestBase(azurite)
{
    private int Rappels(int membre) => Canal.Requetes.Count(r => r.Method == "POST" && r.Path.Contains($"personnel-{membre}", StringComparison.Ordinal) && r.Body.Contains("Rappel", StringComparison.Ordinal));

    [Fact]
    public async Task PendingSignatory_RemindedAfterThreeThenSevenDays_OnceEach_AndTheNextOneOnlyWhenTheirTurnComes()
    {
        foreach (var membre in new[] { 1, 7, 8, 9 })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var referent = new Referent("Sophie Lambert", AdresseMail.Depuis("sophie.lambert@cpas-seraing.be"), Telephone.Depuis("04 330 12 34"));
        var type = Service<CatalogueDesConventions>().Type("cooperation-forem-cpas");
        var parties = new[] { new Partie("Cpas", "CPAS de Seraing", referent), new Partie("Forem", "Le Forem", referent) };
        var convention = Convention.Rediger(ConventionId.Nouveau(), type, parties, ParametresDeDuree.Aucun, Convention.EmpreinteDuContenu(type, parties, ParametresDeDuree.Aucun, []), LeSecretariat, Maintenant);
        using var scope = Bot.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IConventions>().CreerAsync(convention, CancellationToken.None));
        var signature = scope.ServiceProvider.GetRequiredService<SignatureDeLaConvention>();
        await signature.DesignerAsync(convention.Id,
            [new Designation("CPAS de Seraing", "President", Membre(8), "Paul Dupont"), new Designation("CPAS de Seraing", "DirecteurGeneral", Membre(9), "Anne Martin"), new Designation("Le Forem", "AdministrateurGeneral", Membre(7), "Marie Leroy")],
            Membre(1), CancellationToken.None);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-8", StringComparison.Ordinal) && r.Body.Contains("Vous signez pour", StringComparison.Ordinal));
        Assert.DoesNotContain(Canal.Requetes, r => r.Path.Contains("personnel-9", StringComparison.Ordinal) && r.Body.Contains("Vous signez pour", StringComparison.Ordinal));

        await Travaux.UnTourAsync(Horloge, "rappels-des-signatures", TimeSpan.FromDays(3), Bot);
        var rappel = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-8", StringComparison.Ordinal) && r.Body.Contains("Rappel", StringComparison.Ordinal));
        Assert.Contains("Rappel\u00a0: cette convention attend votre signature depuis 3 jours.", rappel.TexteDeLaCarte, StringComparison.Ordinal);
        await Travaux.UnTourAsync(Horloge, "rappels-des-signatures", TimeSpan.FromHours(1), Bot);
        Assert.Equal(1, Rappels(8));

        // The President signs on day 4: it is the Directeur générale's turn, whose reminder counts from then.
        await signature.SignerAsync(convention.Id, "CPAS de Seraing", "President", convention.EmpreinteEnVigueur, null, Membre(8), CancellationToken.None);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-9", StringComparison.Ordinal) && r.Body.Contains("Vous signez pour", StringComparison.Ordinal));
        await Travaux.UnTourAsync(Horloge, "rappels-des-signatures", TimeSpan.FromDays(3), Bot);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-9", StringComparison.Ordinal) && r.Body.Contains("Rappel", StringComparison.Ordinal));
        Assert.Equal(1, Rappels(8));
        Assert.Equal(0, Rappels(7));
        Assert.Equal(1, Rappels(9));
    }
}
