using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelforge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "tasks");
        }
    }
}
