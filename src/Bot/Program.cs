using TeamsConventions.Bot;

var app = BotApplication.Create(args);
await app.RunAsync();
