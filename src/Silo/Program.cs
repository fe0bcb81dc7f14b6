using DigitalPost.Silo;

return await SiloApplication.RunAsync(args);
