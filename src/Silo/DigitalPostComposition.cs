using DigitalPost.Grains;
using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime;

namespace DigitalPost.Silo;

/// <summary>The Digital Post domain on top of the runtime: registry, authority directory, mailbox grains and notifications.</summary>
internal static class DigitalPostComposition
{
    /// <summary>The configuration section bound to <see cref="MailboxOptions"/> (attachment limits, file types, exception senders).</summary>
    public const string MailboxSectionName = "Mailbox";

    public static void AddDigitalPost(IServiceCollection services, IConfiguration configuration)
    {
        // The generated grain references and invokers of src/Grains register when its assembly is named here.
        services.AddOptions<GrainRuntimeOptions>().Configure(options => options.AddGrainAssembly(typeof(MailboxGrainBase).Assembly));
        services.AddPopulationRegistry();
        services.AddAuthorityDirectory();
        services.AddDigitalPostGrains();
        services.AddOptions<MailboxOptions>().Bind(configuration.GetSection(MailboxSectionName));
        services.AddDigitalPostNotifications(configuration);
        DigitalPost.Grains.MassSend.MassSendServiceCollectionExtensions.AddMassSend(services, configuration);
    }
}
