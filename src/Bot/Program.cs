using TeamsConventions.Bot;
using TeamsConventions.Bot.Classement;

if (args.Contains(CommandeDesColonnes.Argument))
{
    // The administrator's one-off command: the bot's settings and identity, no host started.
    await using var commande = BotApplication.Create([.. args.Where(a => a != CommandeDesColonnes.Argument)]);
    return await CommandeDesColonnes.ExecuterAsync(commande.Services, Console.Out, CancellationToken.None);
}

var app = BotApplication.Create(args);
await app.RunAsync();
return 0;
