package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;

import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.State;
import java.util.List;

/** The offices the participants hold. */
final class Offices {

  private Offices() {}

  static List<Office> all() {
    return List.of(
        Office.builder()
            .id(ROK_FOREIGN_MINISTER.id())
            .title("Minister of Foreign Affairs")
            .kind(OfficeKind.FOREIGN_MINISTER)
            .jurisdiction(ROK)
            .body(MOFA)
            .build(),
        Office.builder()
            .id(ROK_DEFENCE_MINISTER.id())
            .title("Minister of National Defense")
            .kind(OfficeKind.DEFENCE_MINISTER)
            .jurisdiction(ROK)
            .build(),
        Office.builder()
            .id(ROK_PRESIDENT.id())
            .title("President of the Republic of Korea")
            .kind(OfficeKind.HEAD_OF_STATE)
            .jurisdiction(ROK)
            .build(),
        Office.builder()
            .id(UK_FOREIGN_SECRETARY.id())
            .title("Secretary of State for Foreign, Commonwealth and Development Affairs")
            .shortTitle("Foreign Secretary")
            .kind(OfficeKind.FOREIGN_MINISTER)
            .jurisdiction(UK)
            .build(),
        Office.builder()
            .id(UK_DEFENCE_SECRETARY.id())
            .title("Secretary of State for Defence")
            .shortTitle("Defence Secretary")
            .kind(OfficeKind.DEFENCE_MINISTER)
            .jurisdiction(UK)
            .build());
  }
}
