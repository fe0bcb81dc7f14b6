namespace DigitalPost.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task<int> Get();

    ValueTask<int> GetValue();

    ValueTask Touch();

    Task Deactivate();
}
