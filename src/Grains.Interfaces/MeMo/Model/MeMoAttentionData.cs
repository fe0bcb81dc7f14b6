namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// <c>memo:AttentionData</c>. The MeMo-namespace parts are typed; the foreign parts
/// (grd:ProductionUnit, gln:GlobalLocationNumber, grd:SEnumber, grd:EID, sor:SORdata,
/// grd:Address, grd:UnstructuredAddress) are kept in <see cref="MeMoElement.Extensions"/>.
/// </summary>
public sealed record MeMoAttentionData : MeMoElement
{
    public MeMoAttentionPerson? AttentionPerson { get; init; }

    public MeMoEmail? Email { get; init; }

    public MeMoTelephone? Telephone { get; init; }

    public MeMoContentResponsible? ContentResponsible { get; init; }

    public MeMoGeneratingSystem? GeneratingSystem { get; init; }
}
