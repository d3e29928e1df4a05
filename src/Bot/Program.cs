using TeamsConventions.Bot.Hosting;

var app = BotApplication.Create(args);
await app.RunAsync();
