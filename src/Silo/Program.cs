using DigitalPost.Silo;

return args.FirstOrDefault() == SeedCommand.Verb
    ? await SeedCommand.RunAsync(args[1..])
    : await SiloApplication.RunAsync(args);
