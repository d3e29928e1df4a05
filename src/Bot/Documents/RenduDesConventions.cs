using Conventions.Accords;
using Conventions.Catalogue;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Classement;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Documents;

/// <summary>A convention's Word document in its kind's template (with the organisation's name and the clauses of the form it was drafted on), its signature certificate, its amendments.</summary>
public sealed class RenduDesConventions(ModelesDeConvention modeles, CatalogueDesConventions catalogue, IOptions<DossiersOptions> options) : IRenduDesConventions
{
    public byte[] Document(Convention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return DocumentDeLaConvention.Generer(convention, modeles.Du(convention.Type), options.Value.Organisation, catalogue.FormulairesDeConvention.GetValueOrDefault(convention.Type.Code));
    }

    public byte[] Certificat(Convention convention, string? decision) => CertificatDeSignature.Generer(convention, decision, options.Value.Organisation);

    public byte[] Avenant(Convention convention, Avenant avenant) => DocumentDeLAvenant.Generer(convention, avenant, options.Value.Organisation);
}
