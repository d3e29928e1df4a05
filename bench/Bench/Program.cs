using TeamsConventions.Bench;

// `--floor PORT`: the bare ASP.NET endpoint the bot is compared with. Without arguments: the whole benchmark.
if (args is ["--floor", var port])
{
    await Plancher.ServirAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

return await Banc.ExecuterAsync();
