using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>Column lists and row readers shared by the registry's statements.</summary>
internal static class RegistryRows
{
    public const string PersonColumns =
        "cpr, first_names, last_name, birth_date, street, house_number, postcode, city, municipality_code, residence, death_date";

    public const string CompanyColumns = "cvr, name, street, house_number, postcode, city, municipality_code";

    public static Person ReadPerson(NpgsqlDataReader reader) => new(
        Cpr.Parse(reader.GetString(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateOnly>(3),
        ReadAddress(reader, 4),
        (Residence)reader.GetInt16(9),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10));

    public static Company ReadCompany(NpgsqlDataReader reader) => new(
        Cvr.Parse(reader.GetString(0)),
        reader.GetString(1),
        ReadAddress(reader, 2) ?? throw new InvalidOperationException("A company row has no address."));

    /// <summary>Reads street, house number, postcode, city, municipality code from <paramref name="first"/> on; null when the street is null.</summary>
    public static Address? ReadAddress(NpgsqlDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new Address(reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3), reader.GetInt16(first + 4));

    public static void AddAddress(NpgsqlParameterCollection parameters, Address? address)
    {
        parameters.Add(new NpgsqlParameter<string?> { TypedValue = address?.Street });
        parameters.Add(new NpgsqlParameter<string?> { TypedValue = address?.HouseNumber });
        parameters.Add(new NpgsqlParameter<string?> { TypedValue = address?.Postcode });
        parameters.Add(new NpgsqlParameter<string?> { TypedValue = address?.City });
        parameters.Add(new NpgsqlParameter<short?> { TypedValue = address is null ? null : checked((short)address.MunicipalityCode) });
    }
}
