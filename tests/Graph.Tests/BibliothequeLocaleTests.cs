using System.Text.Json;
using Conventions.Accords;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Graph.Tests;

/// <summary>The folder library of a run without a tenant: SharePoint's folders and names, a JSON sidecar per document, once.</summary>
public sealed class BibliothequeLocaleTests : IDisposable
{
    private readonly string _racine = Directory.CreateTempSubdirectory("bibliotheque-").FullName;

    public void Dispose() => Directory.Delete(_racine, recursive: true);

    private static DocumentAClasser Document(string contenu) =>
        new("convention-v3.docx", System.Text.Encoding.UTF8.GetBytes(contenu),
            new MetadonneesDeClassement(new ConventionId(new Guid("7f3e2a10-0000-4000-8000-000000000001")), "partenariat-asbl", "ASBL Lire et Écrire — ASBL Le Tremplin",
                new DateTimeOffset(2027, 3, 4, 9, 30, 0, TimeSpan.FromHours(1)), "En vigueur", null, "sha256:abc"));

    [Fact]
    public async Task Classer_TheDocumentAndItsSidecar_InTheConventionsFolder_Once()
    {
        var bibliotheque = new BibliothequeLocale(_racine);

        var classe = await bibliotheque.ClasserAsync(Document("signée"), CancellationToken.None);
        await bibliotheque.ClasserAsync(Document("signée"), CancellationToken.None);

        var dossier = Path.Combine(_racine, "partenariat-asbl", "2027", "7f3e2a10000040008000000000000001 — ASBL Lire et Écrire — ASBL Le Tremplin");
        Assert.Equal(["convention-v3.docx", "convention-v3.docx.json"], Directory.GetFiles(dossier).Select(Path.GetFileName).Order());
        Assert.Equal("signée", await File.ReadAllTextAsync(Path.Combine(dossier, "convention-v3.docx")));
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dossier, "convention-v3.docx.json")));
        Assert.Equal("sha256:abc", sidecar.RootElement.GetProperty("sha256").GetString());
        Assert.Equal("ASBL Lire et Écrire — ASBL Le Tremplin", sidecar.RootElement.GetProperty("parties").GetString());
        Assert.Equal("En vigueur", sidecar.RootElement.GetProperty("statut").GetString());
        Assert.Equal(new Uri(Path.Combine(dossier, "convention-v3.docx")), classe.Lien);
    }

    [Fact]
    public async Task Classer_NameTakenByAnotherDocument_FiledAsTheSecond_TheFirstUntouched()
    {
        var bibliotheque = new BibliothequeLocale(_racine);
        await bibliotheque.ClasserAsync(Document("première"), CancellationToken.None);

        var classe = await bibliotheque.ClasserAsync(Document("seconde"), CancellationToken.None);

        Assert.Equal("convention-v3 (2).docx", classe.Nom);
        Assert.Equal("première", await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(classe.Lien.LocalPath) ?? string.Empty, "convention-v3.docx")));
    }
}
