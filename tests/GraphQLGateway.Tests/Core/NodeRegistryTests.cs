using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class NodeRegistryTests
{
    [Fact]
    public async Task A_registered_type_gets_the_key_of_the_id()
    {
        string? seenKey = null;
        using var harness = new CoreHarness(services => services.AddSingleton(new NodeRegistration("Upload", (_, key) =>
        {
            seenKey = key;
            return ValueTask.FromResult<object?>("the upload");
        })));
        var registry = harness.Services.GetRequiredService<NodeRegistry>();
        var id = GlobalId.Upload(Guid.Parse("5f0c7b1e-9a51-4c47-8a51-2f6d9c3e0a11"));

        var result = await harness.RunAsync(Viewers.Citizen(), async context => await registry.ResolveAsync(context, id));

        Assert.Equal("the upload", result.GetProperty("data").GetProperty("a").GetString());
        Assert.Equal("5f0c7b1e-9a51-4c47-8a51-2f6d9c3e0a11", seenKey);
    }

    [Fact]
    public async Task Unknown_types_hidden_objects_and_garbage_are_the_same_not_found()
    {
        using var harness = new CoreHarness(services => services.AddSingleton(new NodeRegistration("Upload", (_, _) => ValueTask.FromResult<object?>(null))));
        var registry = harness.Services.GetRequiredService<NodeRegistry>();

        var hidden = await harness.RunAsync(Viewers.Citizen(), async context => await registry.ResolveAsync(context, GlobalId.Upload(Guid.NewGuid())));
        var unregistered = await harness.RunAsync(Viewers.Citizen(), async context => await registry.ResolveAsync(context, GlobalId.Encode("Nothing", "x")));
        var garbage = await harness.RunAsync(Viewers.Citizen(), async context => await registry.ResolveAsync(context, "%%%"));

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(hidden));
        Assert.Equal(hidden.GetProperty("errors")[0].GetProperty("message").GetString(), unregistered.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(unregistered));
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(garbage));
    }

    [Fact]
    public void Registering_a_type_twice_is_refused()
    {
        var registry = new NodeRegistry([]);
        registry.Register("Grant", (_, _) => ValueTask.FromResult<object?>(null));

        Assert.Throws<InvalidOperationException>(() => registry.Register("Grant", (_, _) => ValueTask.FromResult<object?>(null)));
    }

    [Fact]
    public void The_core_types_are_registered_by_the_core_part()
    {
        using var harness = new CoreHarness();

        var registry = harness.Services.GetRequiredService<NodeRegistry>();

        Assert.Contains(GlobalId.MailboxType, registry.TypeNames);
        Assert.Contains(GlobalId.FolderType, registry.TypeNames);
    }
}
